/** Folded search texts, as the search file holds them, shared by the search tests. */
export const SEARCH_TEXTS = [
  'kenya signs a data centre memorandum with huawei',
  'uzbekistan and korea: e-government cooperation',
  'встреча по цифровой трансформации в ташкенте',
  'huawei opens a 5g lab',
  'data protection law passed',
];
