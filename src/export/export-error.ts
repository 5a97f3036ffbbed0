/** An export that cannot be done or cannot be trusted; the message says what to do. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
  }
}
