/**
 * The main thread's heap kept near what it holds. After a full collection V8 lets an old generation
 * grow to up to 4 times what survived it before the next one (with a heap limit of 2 GB or more, as
 * here), and the main thread allocates mostly records it keeps: at 10,000 articles it held about
 * 122 MB when the workers ended but had grown to 178–248 MB, and the refiners' tail (merge reported
 * events, assemble, the quotes read back, validation) grew it from 300 to 400 MB with one full
 * collection in all, while it held 120–150 MB. V8 lowers the factor only for a heap limit under
 * 2 GB, which can only be set on node's command line for the main thread, so it collects its garbage
 * itself once its heap has grown by a set factor over what the last collection left, checked after
 * each batch is folded and after each refiner. (The workers' limit can be set, but lowered to 1 GB it
 * cost them 6–8 CPU s at 10k articles: PERFORMANCE.md, session 11.)
 */
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export class HeapGrowthLimit {
  /** Bytes in use after the last collection. */
  private kept: number;

  /**
   * The heap is collected once it uses more than what the last collection kept times `factor` plus
   * the slack: room for the young generation, which V8 empties by itself, so its committed size, and
   * at least `minSlackBytes`.
   */
  constructor(
    private readonly factor: number,
    private readonly minSlackBytes: number,
    private readonly usedBytes: () => number = () => getHeapStatistics().used_heap_size,
    private readonly collect: () => void = () => fullCollection()(),
    private readonly youngGenerationBytes: () => number = committedYoungGeneration,
  ) {
    this.kept = usedBytes();
  }

  /** Collects the heap if it has outgrown the limit (with another factor if given); true when it did. */
  check(factor = this.factor): boolean {
    const slack = Math.max(this.minSlackBytes, this.youngGenerationBytes());
    if (this.usedBytes() <= this.kept * factor + slack) return false;
    this.collect();
    this.kept = this.usedBytes();
    return true;
  }
}

let exposedCollection: (() => void) | undefined;

/**
 * V8's full collection as `--expose-gc` gives it to scripts (jest's leak detector gets it the same
 * way): the flag is read when a context is created, so a new context has `gc` and this one is
 * unchanged. Made once, on the first collection, so that a run which never collects sets no flag.
 */
function fullCollection(): () => void {
  if (exposedCollection === undefined) {
    setFlagsFromString('--expose-gc');
    exposedCollection = runInNewContext('gc') as () => void;
  }
  return exposedCollection;
}

/** Both semi-spaces of the young generation as committed now: 32 MB for node's main thread by default, 8 with `--max-semi-space-size=4`. */
function committedYoungGeneration(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}
