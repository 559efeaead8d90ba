import { ExtractedArticleSchema } from '../schema/dataset.ts';
import type { ExtractedArticle } from '../schema/dataset.ts';

/**
 * Validates an extracted record; an invalid entry of a list (a country, an organisation) is
 * dropped with a warning rather than losing the whole article.
 */
export function validateOrRepair(article: ExtractedArticle): {
  article: ExtractedArticle | null;
  reason: string;
} {
  let current = article;
  for (let attempt = 0; attempt < 20; attempt++) {
    const checked = ExtractedArticleSchema.safeParse(current);
    if (checked.success) return { article: checked.data, reason: '' };
    const issue = checked.error.issues[0]!;
    const [field, index] = issue.path;
    const where = issue.path.join('.');
    const list =
      typeof field === 'string' ? (current as Record<string, unknown>)[field] : undefined;
    if (!Array.isArray(list) || typeof index !== 'number')
      return { article: null, reason: `${where}: ${issue.message}` };
    current = {
      ...current,
      [field as string]: list.filter((_, i) => i !== index),
      warnings: [...current.warnings, `dropped an invalid ${where}: ${issue.message}`],
    };
  }
  return { article: null, reason: 'too many invalid entries' };
}
