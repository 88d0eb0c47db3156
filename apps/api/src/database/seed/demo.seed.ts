/** The demo seed lives in ./demo (generator, templates and data); this path is kept for its users. */
export * from './demo';
