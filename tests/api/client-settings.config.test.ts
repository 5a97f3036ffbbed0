import { loadConfig } from '../../src/config';

/** The settings #12 adds for real clients: CORS_ORIGINS, LOG_LEVEL, METRICS_ENABLED. */
describe('configuration for clients, logs and metrics (#12)', () => {
  it('defaults to same-origin only, info logs and metrics on', () => {
    const config = loadConfig({});
    expect(config.http.corsOrigins).toEqual([]);
    expect(config.observability).toEqual({ logLevel: 'info', metricsEnabled: true });
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins, spaces and empty entries ignored', () => {
    const config = loadConfig({ CORS_ORIGINS: ' http://localhost:5173, https://app.example.org,,http://[::1]:8080 ' });
    expect(config.http.corsOrigins).toEqual(['http://localhost:5173', 'https://app.example.org', 'http://[::1]:8080']);
  });

  it('allows every origin only when CORS_ORIGINS is exactly *', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
    expect(() => loadConfig({ CORS_ORIGINS: '*, http://localhost:5173' })).toThrow(/CORS_ORIGINS: "\*" allows every origin: list no other origin with it/);
  });

  it.each([
    ['localhost:5173', /CORS_ORIGINS: "localhost:5173" is not an origin like http:\/\/localhost:5173/],
    ['not an origin', /CORS_ORIGINS: "not an origin" is not an origin/],
    ['ftp://files.example.org', /CORS_ORIGINS: "ftp:\/\/files.example.org" .*the scheme must be http or https/],
    ['http://localhost:5173/', /CORS_ORIGINS: "http:\/\/localhost:5173\/" .*a browser would send "http:\/\/localhost:5173"/],
    ['https://app.example.org/app', /a browser would send "https:\/\/app.example.org"/],
    ['https://app.example.org:443', /a browser would send "https:\/\/app.example.org"/],
    ['http://LOCALHOST:5173', /a browser would send "http:\/\/localhost:5173"/],
    ['null', /CORS_ORIGINS: "null" is not an origin/],
  ])('rejects the CORS_ORIGINS entry %p, naming the setting and the fix', (entry, message) => {
    expect(() => loadConfig({ CORS_ORIGINS: `http://localhost:3000,${entry}` })).toThrow(message);
  });

  it('takes pino levels for LOG_LEVEL, silent included, and names it when wrong', () => {
    expect(loadConfig({ LOG_LEVEL: 'silent' }).observability.logLevel).toBe('silent');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).observability.logLevel).toBe('debug');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"/);
  });

  it('reads METRICS_ENABLED as a switch', () => {
    expect(loadConfig({ METRICS_ENABLED: 'false' }).observability.metricsEnabled).toBe(false);
    expect(() => loadConfig({ METRICS_ENABLED: 'off' })).toThrow(/METRICS_ENABLED: must be true or false/);
  });
});
