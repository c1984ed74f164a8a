export {
  ANONYMOUS,
  canSee,
  isStaff,
  PRINCIPAL_HEADERS,
  SIGNATURE_WINDOW_MS,
  principalHeaders,
  requireAuthenticated,
  verifyPrincipal,
  type AuthenticatedPrincipal,
  type Principal,
  type Role,
  type SignedOperation,
  type VerifiedRequest,
} from './principal';
export { ownedBy, visibleAmong, visibleTo } from './visibility';
