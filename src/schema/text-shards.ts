/** Where a dataset's text shards live: a folder beside the dataset file, named after it. */
export function textShardFolder(datasetFile: string): string {
  return `${datasetFile.replace(/\.json$/i, '')}.texts`;
}

export function textShardPath(datasetFile: string, shard: string): string {
  return `${textShardFolder(datasetFile)}/${shard}.json`;
}
