// Stands in for the classic theme's Prism client module (index.ts): the atlas highlights no code.
export {};
