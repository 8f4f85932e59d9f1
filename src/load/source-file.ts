/** The YAML part of a file, kept so that a problem can be traced back to its line. */
export interface YamlSource {
  /** The YAML text exactly as parsed. */
  text: string;
  /** The 1-based file line on which the YAML text starts (2 for frontmatter after `---`). */
  firstLine: number;
}

/** One parsed Markdown entry before validation. */
export interface RawEntry {
  slug: string;
  /** Path shown in problems: the content folder joined with the file's relative path. */
  file: string;
  data: unknown;
  body: string;
  yaml: YamlSource;
}

/** One parsed YAML data file before validation. */
export interface RawDataFile {
  file: string;
  data: unknown;
  yaml: YamlSource;
}

/** One parsed YAML file of a folder of data files (`content/plans/<slug>.yaml`) before validation. */
export interface RawPlanFile extends RawDataFile {
  /** The file name without `.yaml`. */
  slug: string;
}
