/**
 * Which lines of a scraped page are site chrome (menus, switchers, footers, captions, teasers,
 * image names) and which are the article's own paragraphs.
 */

const IMAGE_FILE = /^[\w.\-()%~+]*\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$/iu;
const FOOTER =
  /©|\(c\)\s*copyright|\bcopyright\b|all rights reserved|все права защищены|усі права захищен|всі права захищен|tous droits réservés|todos los derechos|todos os direitos|alle rechte vorbehalten|hak cipta|giữ bản quyền|bản quyền|جميع الحقوق|барлық құқықтар|版权所有|при (?:использовании|перепечатке|цитировании)|reference to .* is required|a version of this article appears|ссылка .* обязательна|посилання .* обов/iu;
const SHARE =
  /^(?:share(?: this)?|partager|compartir|compartilhar|condividi|teilen|bagikan|chia sẻ|поделиться|поділитися|бөлісу|مشاركة|分享)\b|subscribe to|подписывайтесь|підписуйтесь|abonnez-vous|suscríbete|inscreva-se|follow us on|telegram[- ]канал/iu;
const COUNTER =
  /^(?:views?|просмотров|переглядів|қаралды|المشاهدات|lượt xem|visualizações|vues|visitas)\s*:?\s*[\d\s.,]+$/iu;
const CAPTION_CREDIT =
  /(?:^|\s)(?:photo|фото|foto|фото|صورة|ảnh|图|crédit|credit|source|quelle|fonte|fuente)\s*:/iu;
const LONE_WORDS =
  /^(?:top|up|back|menu|home|search|поиск|пошук|іздеу|buscar|rechercher|suche|cari|tìm kiếm|بحث|搜索|print|печать|друк|view|font size|increase by|more|подробнее|докладніше|read more|lire la suite|leer más|leia mais|weiterlesen)$/iu;

/** Headings that open a block of teasers, tags or related links: all that follows is chrome. */
const TEASER_HEADING =
  /^(?:read (?:also|more)|see also|also read|related(?: stories| news| articles| posts| topics| content)?|more (?:from|on|news|stories|\w+ stories)\b.*|recent (?:posts|news|stories)|you may (?:also )?like|popular|most read|latest news|lire aussi|à lire aussi|voir aussi|sur le même sujet|читайте также|читайте також|також читайте|смотрите также|похожие новости|другие новости|по теме|ещё по теме|новости по теме|оқи отырыңыз|ұқсас жаңалықтар|leia também|veja também|saiba mais|notícias relacionadas|ver también|lea también|noticias relacionadas|más noticias|otras noticias|weitere meldungen|mehr zum thema|das könnte sie auch interessieren|baca juga|berita terkait|artikel terkait|tin liên quan|tin khác|bài liên quan|أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً|相关新闻|相关阅读|延伸阅读|推荐阅读|tags?|теги|тег|tag|catégories|categories|categorías|mots-clés|palabras clave|schlagwörter|ключевые слова)\s*[:：]?(?:\s.*)?$/iu;
const BULLET = /^[-–—•·›»*▪►]\s*\S/u;

/** True when a line is prose: enough words (or characters, for unspaced scripts) to be a paragraph. */
export function isProse(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  const cjk = line.match(UNSPACED);
  // Unspaced scripts: a closed sentence of a dozen characters is already a paragraph.
  if ((cjk?.length ?? 0) >= 20 || ((cjk?.length ?? 0) >= 10 && /[。！？]$/u.test(line)))
    return true;
  if (BULLET.test(line) && words < 15) return false;
  return words >= 8 || (words >= 6 && /[.!?;:。؟،,]/u.test(line));
}

/** A line that is chrome whatever its neighbours are. */
export function isChromeLine(line: string): boolean {
  if (IMAGE_FILE.test(line)) return true;
  if (LONE_WORDS.test(line)) return true;
  if (COUNTER.test(line) || SHARE.test(line)) return true;
  if (isMenu(line) || isDateLine(line) || isByline(line) || isSpacedLetters(line)) return true;
  if (line.length < 160 && FOOTER.test(line)) return true;
  if (
    line.length < 120 &&
    CAPTION_CREDIT.test(line) &&
    !/[.!?]\s+\p{Lu}.*[.!?]\s+\p{Lu}/u.test(line)
  ) {
    return true;
  }
  if (line.length < 400 && isPhotoCaption(line)) return true;
  return false;
}

// Position markers and agency credits belong to photo captions, not to article prose.
const POSITION_MARKER =
  /\((?:left|right|centre|center|second left|second right|\d(?:st|nd|rd|th) [lr]|kanan|kiri|tengah|kedua (?:kiri|kanan)|слева|справа|в центре|зліва|справа|à gauche|à droite|au centre|izquierda|derecha|esquerda|direita|links|rechts|trái|phải)\)/iu;
const AGENCY_CREDIT = /(?<!\p{L})(?:foto|photo|фото)\s*\/\s*\p{L}/iu;

function isPhotoCaption(line: string): boolean {
  return (
    AGENCY_CREDIT.test(line) || (POSITION_MARKER.test(line) && line.split(/[.!?。]\s/u).length <= 3)
  );
}

/** A footer or teaser heading: the article is over once one appears after its first paragraph. */
export function endsArticle(line: string): boolean {
  return TEASER_HEADING.test(line) || (line.length < 200 && FOOTER.test(line));
}

export function isImageFile(line: string): boolean {
  return IMAGE_FILE.test(line);
}

/** Language names and codes as site switchers write them (`Eng`, `Ўзб`, `中文`, `Español`). */
const LANGUAGE_ITEM =
  /^(?:en|eng|english|ru|rus|рус|русский|uk|укр|українська|uz|ўзб|o‘zb|o'zb|узб|kk|қаз|каз|kz|ky|кыр|az|fr|français|francais|es|español|espanol|pt|português|de|deutsch|ar|عربي|العربية|zh|cn|中文|简体|繁體|ja|日本語|ko|한국어|mn|мн|hr|sr|srb|tr|türkçe|id|vi|tiếng việt|it|italiano|fa|فارسی|hy|ka|tj|тоҷ|tk)$/iu;

/** Menus and language switchers: short items separated by bars, slashes or bullets. */
function isMenu(line: string): boolean {
  const items = line
    .split(/\s+[|/•·●]\s+|\s*[|●]\s*/u)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length >= 2 && items.every((item) => LANGUAGE_ITEM.test(item))) return true;
  if (items.length < 3) return false;
  const short = items.filter((item) => item.split(/\s+/u).length <= 4).length;
  return short === items.length || (items.length >= 4 && short / items.length >= 0.75);
}

/** A line that holds little but a date or time (with maybe a site name or weekday). */
function isDateLine(line: string): boolean {
  if (line.length > 60 || !/\d/u.test(line)) return false;
  const words = line
    .replace(/[\d:./,\-–|+()]+/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  // Unspaced scripts make one long "word" of a sentence: two characters count as a word.
  const unspaced = line.match(UNSPACED)?.length ?? 0;
  const count = words.length + Math.floor(unspaced / 2);
  return count <= 5 && !/[.!?。]$/u.test(line.replace(/\d\.$/u, ''));
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

const TIME_OR_DATE = /\b\d{1,2}:\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:19|20)\d{2}\b/u;
const BYLINE_START =
  /^(?:by|posted|published|updated|par|publié|mis à jour|por|publicado|von|veröffentlicht|автор|опубликовано|обновлено|oleh|bởi|نشر)(?!\p{L})/iu;

/** A byline or dateline bar: `Agency News ANI | Nov 04, 2020 05:52 PM IST`, `Publié le 20-03-2018 par …`. */
function isByline(line: string): boolean {
  if (line.length > 100 || /[.!?]$/u.test(line) || !TIME_OR_DATE.test(line)) return false;
  return BYLINE_START.test(line) || (/\s[|·•]\s/u.test(line) && line.split(/\s+/u).length <= 12);
}

/** `a d v e r t i s e m e n t`: letters spaced out, a label rather than text. */
function isSpacedLetters(line: string): boolean {
  return /^(?:\p{L}\s){4,}\p{L}$/u.test(line);
}
