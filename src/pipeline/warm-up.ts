import type { ExtractedArticle } from '../schema/dataset.ts';
import { extractRecord } from './file-task.ts';

/**
 * Made-up articles that take the extractor down its main paths: headers, site chrome, dates,
 * partner countries, organisations, an agreement, topics. Two of them, because V8 compiles a
 * regex apart for texts of one-byte characters (plain English) and for the rest.
 */
const SAMPLES = [
  `seed_url: https://example.org/news/1
title: Ministry signs memorandum on 5G networks with a telecom company
date: 2024-03-12

Home | News | Contacts
Tashkent, 12 March 2024 - The Ministry of Digital Technologies of Uzbekistan and Huawei Technologies Co., Ltd. signed a memorandum of understanding on cooperation in 5G networks, data centres, cybersecurity and e-government.
The agreement was signed during the official visit of the Minister to Beijing, China, last Tuesday. The parties will launch a joint project worth $20 million next year.
All rights reserved. image_2024.jpg
`,
  `Главная | Новости
Министерство цифровых технологий Республики Казахстан и компания ZTE подписали соглашение о сотрудничестве в области широкополосного доступа к интернету 15 апреля 2023 года в Астане.
Міністерство цифрової трансформації України та Європейський Союз обговорили розвиток електронного урядування — 3 травня.
华为与沙特阿拉伯签署了5G合作协议。 وقعت وزارة الاتصالات مذكرة تفاهم مع الصين.
`,
];

/**
 * Extracts and serialises the samples as the extraction task does; returns the articles, which
 * the caller throws away. The extractor's first articles in a thread cost ~0.4 s more than later
 * ones (V8 compiles a few hundred large regexes on first use); a worker started ahead of its tasks
 * pays that while the main thread is still walking the folder, instead of on the first file that
 * changed.
 */
export function warmUp(): ExtractedArticle[] {
  return SAMPLES.flatMap((text, i) => {
    const { processed } = extractRecord(`warm-up-${i}.txt`, new TextEncoder().encode(text));
    return processed ? [processed.article] : [];
  });
}
