/** Our client-facing errors (each has a fixed `extensions.code`), and the one for a bad setting. One class per file. */
export { BadUserInputError } from './errors/bad-user-input.error';
export { NotFoundError } from './errors/not-found.error';
export { ServiceUnavailableError } from './errors/service-unavailable.error';
export { ConfigError } from './errors/config.error';
