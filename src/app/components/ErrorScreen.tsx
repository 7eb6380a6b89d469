export function ErrorScreen({ file, problems }: { file: string; problems: string[] }) {
  return (
    <main className="error-screen" aria-labelledby="error-title">
      <h1 id="error-title">The dataset could not be loaded</h1>
      <p>
        File: <code>{file}</code>
      </p>
      <ul className="problems">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
      <p>
        Run <code>npm run extract</code> to write a fresh dataset from <code>data/corpus</code>, then reload this page.
      </p>
    </main>
  );
}
