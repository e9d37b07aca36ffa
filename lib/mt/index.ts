/** Machine translation: the Engine interface, the DeepL engine, batching, translation memory and document translation. */
export { EngineError, type Engine, type EngineErrorCode, type TranslateRequest } from './engine';
export {
  createDeepLEngine,
  engineFromEnv,
  DEEPL_MODEL_TYPES,
  type DeepLEngineOptions,
  type DeepLModelType,
} from './deepl';
export { planBatches, requestBodyBytes, DEEPL_LIMITS, type Batch, type BatchLimits, type SourceSegment } from './batch';
export { memoryKey, inMemoryStore, dbMemoryStore, type MemoryEntry, type MemoryStore } from './memory';
export {
  translateSegments,
  type TranslatedSegment,
  type TranslationProgress,
  type TranslateSegmentsOptions,
  type TranslateSegmentsResult,
} from './translate-document';
