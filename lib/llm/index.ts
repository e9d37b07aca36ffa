/** Optional language-model support: an OpenAI-compatible chat client and the MQM annotator built on it. */
export {
  createLlmClient,
  llmFromEnv,
  LlmError,
  type ChatMessage,
  type ChatOptions,
  type LlmClient,
  type LlmClientOptions,
  type LlmErrorCode,
} from './client';
export { annotateMqm, mqmMessages, parseMqmAnswer, type MqmRequest, type MqmResult } from './mqm';
