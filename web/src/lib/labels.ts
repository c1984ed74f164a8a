/** Portuguese words for the API's enum values; a new enum value fails the typecheck until it has one. */
import type {
  AccountStatus,
  AmortizationSystem,
  AutoClaimStatus,
  AutoClaimType,
  AutoCoverage,
  AutoPolicyStatus,
  LoanInstallmentStatus,
  LoanStatus,
  PixChargeStatus,
  PixKeyType,
  PixTransferStatus,
  StatementEntryKind,
} from '../../../schema/operations/generated/graphql';

export const ACCOUNT_STATUS: Record<AccountStatus, string> = { ACTIVE: 'Ativa', BLOCKED: 'Bloqueada', CLOSED: 'Encerrada' };

export const CHARGE_STATUS: Record<PixChargeStatus, string> = {
  ACTIVE: 'Aguardando pagamento',
  COMPLETED: 'Paga',
  EXPIRED: 'Expirada',
  REMOVED_BY_RECEIVER: 'Cancelada',
  REMOVED_BY_PSP: 'Removida pelo banco',
};

export const TRANSFER_STATUS: Record<PixTransferStatus, string> = { PENDING: 'Em processamento', SETTLED: 'Concluído', FAILED: 'Não concluído' };

export const KEY_TYPE: Record<PixKeyType, string> = { CPF: 'CPF', CNPJ: 'CNPJ', EMAIL: 'E-mail', PHONE: 'Celular', EVP: 'Aleatória' };

export const ENTRY_KIND: Record<StatementEntryKind, string> = {
  DEPOSIT: 'Depósito',
  WITHDRAWAL: 'Saque',
  TRANSFER_IN: 'Transferência recebida',
  TRANSFER_OUT: 'Transferência enviada',
  PIX_IN: 'Pix recebido',
  PIX_OUT: 'Pix enviado',
  CARD_PURCHASE: 'Compra no cartão',
  CARD_REFUND: 'Estorno no cartão',
  LOAN_DISBURSEMENT: 'Crédito de empréstimo',
  LOAN_PAYMENT: 'Pagamento de empréstimo',
  INSURANCE_PREMIUM: 'Prêmio de seguro',
  INSURANCE_PAYOUT: 'Indenização de seguro',
  FEE: 'Tarifa',
  TAX: 'Imposto',
  ADJUSTMENT: 'Ajuste',
};

export const LOAN_STATUS: Record<LoanStatus, string> = {
  UNDER_ANALYSIS: 'Em análise',
  REJECTED: 'Recusado',
  APPROVED: 'Oferta disponível',
  CONTRACTED: 'Contratado',
  DISBURSEMENT_FAILED: 'Falha na liberação',
  ACTIVE: 'Ativo',
  SETTLED: 'Quitado',
};

export const INSTALLMENT_STATUS: Record<LoanInstallmentStatus, string> = { PENDING: 'A pagar', PAID: 'Paga', OVERDUE: 'Atrasada' };

export const SYSTEM: Record<AmortizationSystem, string> = { PRICE: 'Tabela Price', SAC: 'SAC' };

export const POLICY_STATUS: Record<AutoPolicyStatus, string> = {
  PENDING_PAYMENT: 'Aguardando pagamento',
  ACTIVE: 'Ativa',
  EXPIRED: 'Vencida',
  CANCELLED: 'Cancelada',
  CANCELLED_UNPAID: 'Cancelada por falta de pagamento',
};

export const CLAIM_STATUS: Record<AutoClaimStatus, string> = { OPEN: 'Em análise', APPROVED: 'Aprovado', DENIED: 'Negado', PAID: 'Pago' };

export const CLAIM_TYPE: Record<AutoClaimType, string> = { COLLISION: 'Colisão', THEFT: 'Roubo ou furto', GLASS: 'Vidros', THIRD_PARTY: 'Terceiros' };

export const COVERAGE: Record<AutoCoverage, string> = {
  COLLISION: 'Colisão',
  THEFT: 'Roubo e furto',
  GLASS: 'Vidros',
  THIRD_PARTY_PROPERTY: 'Danos materiais a terceiros',
  THIRD_PARTY_BODILY: 'Danos corporais a terceiros',
  RENTAL_CAR: 'Carro reserva',
  ROADSIDE_ASSISTANCE: 'Assistência 24 h',
};
