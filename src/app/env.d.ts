/// <reference types="vite/client" />

declare module 'virtual:country-names' {
  const names: Record<string, string>;
  export default names;
}
