/**
 * The content model: one zod schema per shape that editors write in content/, and the TypeScript types
 * inferred from them. Astro validates content with these (content.config.ts) and the tests read content
 * with the same ones (tests/content-files.ts), so a shape is written down once.
 */
export * from './chapter';
export * from './figure';
export * from './chart';
export * from './milestone';
export * from './glossary';
export * from './report';
