/**
 * The documents naming each cluster and each of its forms, as numbers. Lists of document ids held a
 * pointer of 8 bytes per entry, and their arrays grew by half again plus 16 slots: at 10,000 articles
 * 7.4 MB of the main thread's heap while the workers read (PERFORMANCE.md, session 31); numbers in
 * typed arrays take 4 bytes each.
 */

/** Numbers the documents in the order they are first named, and gives each number's id back. */
export class DocumentNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];

  numberOf(id: string): number {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.ids.push(id) - 1;
      this.numbers.set(id, number);
    }
    return number;
  }

  idOf(number: number): string {
    return this.ids[number];
  }
}

/**
 * The documents naming a cluster, or one of its forms, in the order their entities came: a document is
 * added unless it was the last one added (a document's entities come together), and `sorted` drops
 * any other repeat.
 */
export class DocumentIds {
  private numbers = new Int32Array(4);
  private length = 0;

  add(document: number): void {
    if (this.length > 0 && this.numbers[this.length - 1] === document) return;
    if (this.length === this.numbers.length) {
      const grown = new Int32Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.length++] = document;
  }

  /** Each document's id once, in code-unit order. */
  sorted(documents: DocumentNumbers): string[] {
    const sorted = Array.from(this.numbers.subarray(0, this.length), (document) => documents.idOf(document)).sort();
    return sorted.filter((id, index) => index === 0 || id !== sorted[index - 1]);
  }
}
