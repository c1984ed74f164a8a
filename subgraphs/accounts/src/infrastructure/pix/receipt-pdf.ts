import type { ReceiptRenderer } from '../../application/pix';
import { maskDocument } from '../../domain';
import type { PixReceipt, ReceiptParty } from '../../domain/pix';

const BRASILIA = new Intl.DateTimeFormat('pt-BR', { timeZone: 'America/Sao_Paulo', dateStyle: 'short', timeStyle: 'medium' });
const BRL = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

/** The lines of the comprovante, as the reference lists them. */
export function receiptLines(receipt: PixReceipt): string[] {
  const party = (role: string, { name, document, institution }: ReceiptParty): string[] => [
    `${role}: ${name}`,
    `  CPF/CNPJ: ${document === '' ? '-' : maskDocument(document)}`,
    `  Instituição: ${institution.name} (ISPB ${institution.ispb})`,
  ];
  return [
    'Comprovante de Pix',
    '',
    `Valor: ${BRL.format(Number(receipt.amount.toString()))}`,
    `Data e hora: ${BRASILIA.format(receipt.occurredAt)} (Brasília)`,
    `ID da transação (E2E): ${receipt.endToEndId}`,
    '',
    ...party('Pagador', receipt.payer),
    '',
    ...party('Recebedor', receipt.receiver),
    '',
    receipt.txid === null ? `Chave: ${receipt.key ?? '-'}` : `Identificador (txid): ${receipt.txid}`,
    `Descrição: ${receipt.description ?? '-'}`,
  ];
}

/** PDF strings escape backslashes and parentheses; Helvetica with WinAnsiEncoding shows Latin-1. */
const pdfText = (text: string): string => text.replace(/[\\()]/g, (char) => `\\${char}`).replace(/[^\x20-\xff]/g, '?');

/** A one-page PDF 1.4 of text lines in Helvetica, written by hand: the receipt needs no layout engine. */
export function textPdf(lines: readonly string[]): Buffer {
  const content = ['BT', '/F1 12 Tf', '14 TL', '56 780 Td', ...lines.map((line) => `(${pdfText(line)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const pdfReceipts: ReceiptRenderer = { pdf: (receipt) => textPdf(receiptLines(receipt)) };
