/**
 * Status codes of the user authentication resource (`/v2/user_auth`: register an InStore
 * customer on the brand's web or app login, authorize their credentials, update their
 * password), api `v2`. Two publications: docs.capillarytech.com `/reference/user-authentication`
 * (the current one: message, order), one "Status codes" table with successes and errors
 * mixed, and the capillary.github.io api-documentation site (`_userAuth.md`, "Success Codes" and
 * "Error Codes"), whose wordings are the aliases. Every code reads the same in both: the docs
 * reworded each row.
 * Row: [code, key, category, api, message, details?].
 */
import type { Row } from './row.js';

export const userAuthentication = [
  // Success.
  [91025, 'USER_AUTH_PASSWORD_UPDATED', 'success', 'v2', 'Updated password successfully', {
    aliases: ['Password updated successfully'],
  }],
  [91030, 'USER_AUTH_REGISTERED', 'success', 'v2', 'User is successfully registered.', {
    aliases: ['User is registered successfully'],
  }],

  // Errors.
  [91024, 'USER_AUTH_FAILED', 'error', 'v2', 'Unable to authorize user with given credentials', {
    aliases: ['Authentation failed. Unable to authorize user with the given credentials'],
    kind: 'unauthenticated',
  }],
  [91026, 'USER_AUTH_PASSWORD_UPDATE_FAILED', 'error', 'v2', 'Error in updating password', {
    aliases: ['Unable to update password'],
    kind: 'internal',
  }],
  [91027, 'USER_AUTH_INVALID_USERNAME', 'error', 'v2', 'Username(email/mobile) is invalid', {
    aliases: ['Invalid username (mobile number/email id)'],
    kind: 'invalid-argument',
  }],
  [91028, 'USER_AUTH_PASSWORD_NOT_MD5', 'error', 'v2', 'Password is not a valid MD5 hash', {
    aliases: ['Invalid password format. Pass the password in MD5 Hash format'],
    kind: 'invalid-argument',
  }],
  [91029, 'USER_AUTH_ALREADY_REGISTERED', 'error', 'v2', 'Registration failed, user is already registered', {
    aliases: ['User is registered already'],
    kind: 'already-exists',
  }],
  [91031, 'USER_AUTH_REGISTRATION_FAILED', 'error', 'v2', 'Error in registering user', {
    aliases: ['Unable to register user'],
    kind: 'internal',
  }],
] as const satisfies readonly Row[];
