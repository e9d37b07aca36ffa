/** Runs the fake DeepL server on its own for manual and e2e use: `npx tsx lib/mt/testing/fake-deepl-cli.ts [port]` (or FAKE_DEEPL_PORT). */
import { startFakeDeepL } from './fake-deepl';

const port = Number(process.argv[2] ?? process.env.FAKE_DEEPL_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`Not a port: ${process.argv[2] ?? process.env.FAKE_DEEPL_PORT}. Pass a number from 0 to 65535.`);
  process.exit(2);
}
const fake = await startFakeDeepL({ port });
// The URL goes alone on stdout so a script can read it; the hint goes to stderr.
console.log(fake.url);
console.error(`Fake DeepL listening; set DEEPL_SERVER_URL=${fake.url} and any DEEPL_AUTH_KEY. Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
