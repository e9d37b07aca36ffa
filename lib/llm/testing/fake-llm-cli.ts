/**
 * Runs the fake LLM server on its own for e2e tests: `tsx lib/llm/testing/fake-llm-cli.ts [port]` (or FAKE_LLM_PORT).
 * Its "annotator" marks the last word of every translation as a minor grammar error, so tests can see the flow
 * without a model; nobody should mistake it for a real review.
 */
import { startFakeLlm } from './fake-llm';

const port = Number(process.argv[2] ?? process.env.FAKE_LLM_PORT ?? 0);
const fake = await startFakeLlm({ port });
fake.answer((body) => {
  const messages = (body as { messages?: { content?: string }[] }).messages ?? [];
  const last = messages.at(-1)?.content ?? '';
  const translation = /translation:\n```\n([\s\S]*?)\n```/.exec(last)?.[1] ?? '';
  const word = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(translation)?.[1];
  const errors = word ? [{ span: word, side: 'target', category: 'fluency/grammar', severity: 'minor', explanation: `Fake LLM reviewer: “${word}” marked for the test.` }] : [];
  return JSON.stringify({ errors });
});
console.log(fake.url);
console.error(`Fake LLM listening; set LLM_BASE_URL=${fake.url} LLM_MODEL=fake. Ctrl-C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
