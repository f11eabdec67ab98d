export interface GeneratePluginOptions {
  name: string;
  pluginsDir?: string;
  region?: string;
  titles?: { fi?: string; sv?: string; en?: string };
  install?: boolean | ((target: string) => void);
  migrations?: boolean;
  log?: (line: string) => void;
}
export declare function generatePlugin(options: GeneratePluginOptions): string;
