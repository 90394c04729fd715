/**
 * dvc's JSON format: {@link vn.dvc.json.DvcJson} reads and writes versioned documents of
 * dossiers and events, as text or UTF-8 bytes; {@link vn.dvc.json.DvcJsonModule} is the Jackson
 * module behind it, for callers who embed dvc values in their own JSON. Reading is strict, streams
 * Jackson's tokens without building a tree, and fails with {@link vn.dvc.json.DvcJsonException}. The domain classes carry no Jackson annotations: the
 * format lives here, with explicit field lists, so that it changes only on purpose. The format,
 * its versioning and its limits are described in {@code docs/guide/json.md}.
 *
 * <p>Callers use these types; they are not meant to be implemented or extended.
 */
package vn.dvc.json;
