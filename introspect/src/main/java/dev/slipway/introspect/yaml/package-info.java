/**
 * The YAML desired-state format (docs/yaml.md): {@link dev.slipway.introspect.yaml.YamlSchemaReader} turns
 * YAML files into a {@link dev.slipway.model.Schema}, naming file:line:column for every error, and
 * {@link dev.slipway.introspect.yaml.YamlSchemaWriter} writes a schema back so that reading it gives an equal
 * schema. Everything else here is package-private: a located YAML tree ({@code YamlTree}, {@code YamlNode}),
 * typed key access ({@code Fields}), one reader per object kind, the defaults shared by reader and writer
 * ({@code YamlNames}) and the key tables the JSON Schema is checked against ({@code YamlKeys}).
 */
package dev.slipway.introspect.yaml;
