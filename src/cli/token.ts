import { mintToken } from '../auth';
import { loadConfig } from '../config';
import { parseCommandLine, runCommand } from './args';

/** `npm run token -- --role editor [--subject alice] [--expires 12h]`: a development token. */
async function main(): Promise<void> {
  const { values } = parseCommandLine(
    'Usage: npm run token -- [--role editor] [--subject alice] [--expires 12h]\n\nPrints a development bearer token signed with AUTH_JWT_SECRET.',
    { role: { type: 'string' }, subject: { type: 'string' }, expires: { type: 'string' } },
    { min: 0, max: 0 },
  );
  const config = loadConfig();
  if (!config.auth.secret) {
    console.error('No AUTH_JWT_SECRET: tokens for a JWKS-verified or production server come from its identity provider.');
    process.exit(1);
  }
  const roles = (values.role ?? 'editor').split(',');
  console.log(await mintToken(config.auth.secret, values.subject ?? 'local-developer', roles, values.expires ?? '12h', config.auth));
}

runCommand(main);
