import { mintToken } from '../auth';
import { ConfigError, loadConfig } from '../config';

/** `npm run token -- --role editor [--subject alice] [--expires 12h]`: a development token. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const config = loadConfig();
  if (!config.auth.secret) {
    console.error('No AUTH_JWT_SECRET: tokens for a JWKS-verified or production server come from its identity provider.');
    process.exit(1);
  }
  const roles = (option('role') ?? 'editor').split(',');
  console.log(await mintToken(config.auth.secret, option('subject') ?? 'local-developer', roles, option('expires') ?? '12h', config.auth));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
