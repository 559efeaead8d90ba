/**
 * Relative date words chrono-node 2.10 misses or splits (Kazakh, Vietnamese "sáng nay"), and
 * "this year"/"last year" in every article language. Values are offsets from the reference date.
 */
export const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  // kk
  ['бүгін', 0],
  ['бүгінгі', 0],
  ['кеше', -1],
  ['кешегі', -1],
  // vi: "this morning/afternoon/evening/noon", today, yesterday
  ['sáng nay', 0],
  ['chiều nay', 0],
  ['tối nay', 0],
  ['trưa nay', 0],
  ['hôm nay', 0],
  ['hôm qua', -1],
  // ar: "this morning", "yesterday" (both spellings)
  ['صباح اليوم', 0],
  ['اليوم', 0],
  ['أمس', -1],
  ['امس', -1],
  // ru, uk: "the day before" (the dateline's or page's day)
  ['накануне', -1],
  ['напередодні', -1],
  // tr, az: today, yesterday
  ['bugün', 0],
  ['dün', -1],
];

export const RELATIVE_YEARS: readonly (readonly [string, number])[] = [
  ['this year', 0],
  ['last year', -1],
  ['cette année', 0],
  ["l'année dernière", -1],
  ['este año', 0],
  ['el año pasado', -1],
  ['este ano', 0],
  ['neste ano', 0],
  ['no ano passado', -1],
  ['dieses jahr', 0],
  ['diesem jahr', 0],
  ['letztes jahr', -1],
  ['в этом году', 0],
  ['в прошлом году', -1],
  ['цього року', 0],
  ['торік', -1],
  ['минулого року', -1],
  ['биыл', 0],
  ['былтыр', -1],
  ['tahun ini', 0],
  ['tahun lalu', -1],
  ['năm nay', 0],
  ['năm ngoái', -1],
  ['今年', 0],
  ['去年', -1],
  ['هذا العام', 0],
  ['العام الماضي', -1],
  ['quest’anno', 0],
  ["quest'anno", 0],
  ['dit jaar', 0],
  ['i år', 0],
];

/** Weekday names chrono-node 2.10 misses (Russian after "в", Kazakh, Vietnamese); 0 = Sunday. */
export const WEEKDAYS: readonly (readonly [string, number])[] = [
  ['в понедельник', 1],
  ['во вторник', 2],
  ['в среду', 3],
  ['в четверг', 4],
  ['в пятницу', 5],
  ['в субботу', 6],
  ['в воскресенье', 0],
  ['дүйсенбі', 1],
  ['дүйсенбіде', 1],
  ['сейсенбі', 2],
  ['сейсенбіде', 2],
  ['сәрсенбі', 3],
  ['сәрсенбіде', 3],
  ['бейсенбі', 4],
  ['бейсенбіде', 4],
  ['жұмада', 5],
  ['сенбіде', 6],
  ['жексенбіде', 0],
  ['thứ hai', 1],
  ['thứ ba', 2],
  ['thứ tư', 3],
  ['thứ năm', 4],
  ['thứ sáu', 5],
  ['thứ bảy', 6],
  ['chủ nhật', 0],
];
