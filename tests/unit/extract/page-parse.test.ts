import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/extract/page-parse.ts';

const PARAGRAPH =
  'The Ministry of Digital Development and the operator signed a memorandum on rural broadband on Monday.';

describe('parsePage: page shapes', () => {
  it('reads a header block of key: value lines', () => {
    const page = parsePage(
      `seed_url: https://example.org/news/1\nfinal_url: https://example.org/news/1?x=1\ntitle: Operators sign deal | Example News\ndate: 2024-03-05\nvia: requests\n\nOperators sign deal\n${PARAGRAPH}\n`,
    );
    expect(page.meta).toEqual({
      url: 'https://example.org/news/1',
      title: 'Operators sign deal | Example News',
      date: '2024-03-05',
    });
    expect(page.title).toBe('Operators sign deal');
    expect(page.bodyLines).toEqual([PARAGRAPH]);
  });

  it('reads a first line " date YYYY-MM-DD  Title | Site | Section"', () => {
    const page = parsePage(
      ` date 2025-11-21  Министр встретился с делегацией | Site.az | Новости\nМинистр встретился с делегацией\n\nСегодня министр цифрового развития встретился с делегацией компании и обсудил проекты.\n`,
    );
    expect(page.meta.date).toBe('2025-11-21');
    expect(page.title).toBe('Министр встретился с делегацией');
    expect(page.language).toBe('ru');
    expect(page.lines).not.toContain(expect.stringContaining('date 2025'));
  });

  it('takes the first line of plain text as the headline', () => {
    const page = parsePage(`Kenya and Huawei launch a cloud centre\n\n${PARAGRAPH}\n`);
    expect(page.title).toBe('Kenya and Huawei launch a cloud centre');
    expect(page.meta).toEqual({ url: null, title: null, date: null });
    expect(page.bodyLines).toEqual([PARAGRAPH]);
  });

  it('reads an HTML page: title, dates, canonical URL, article text without scripts or nav', () => {
    const html = `<!doctype html><html><head><title>Deal signed – The Daily</title>
      <meta property="article:published_time" content="2023-06-01T10:00:00Z">
      <link rel="canonical" href="https://daily.example/deal"><script>alert(1)</script><style>p{}</style></head>
      <body><nav><a href="/">Home</a> | <a href="/w">World</a></nav>
      <article><h1>Deal signed</h1><p>${PARAGRAPH}</p><p>Officials said the network will reach 300 villages by the end of next year.</p></article>
      <footer>© 2023 The Daily. All rights reserved.</footer></body></html>`;
    const page = parsePage(html);
    expect(page.meta).toEqual({
      url: 'https://daily.example/deal',
      title: 'Deal signed – The Daily',
      date: '2023-06-01T10:00:00Z',
    });
    expect(page.title).toBe('Deal signed');
    expect(page.bodyLines).toEqual([
      PARAGRAPH,
      'Officials said the network will reach 300 villages by the end of next year.',
    ]);
    expect(page.lines.join(' ')).not.toMatch(/alert/u);
    // Navigation and footers are chrome: kept apart from the body, never lost.
    expect(page.chromeLines).toEqual(
      expect.arrayContaining(['Home | World', '© 2023 The Daily. All rights reserved.']),
    );
  });

  it('drops URLs that are not http(s)', () => {
    const page = parsePage(`seed_url: javascript:alert(1)\ntitle: A title here\n\n${PARAGRAPH}`);
    expect(page.meta.url).toBeNull();
  });
});

describe('parsePage: chrome removal', () => {
  it('keeps the paragraphs and drops menus, switchers, counters, captions, teasers and footers', () => {
    const page = parsePage(
      [
        'Deal for rural broadband signed',
        'Home | Politics | Economy | Tech | Sport',
        'Eng',
        'Ўзб',
        'Рус',
        'Поиск',
        'Просмотров: 2 317',
        'Share: Facebook | X | Email',
        '20190205-ta1.jpg',
        'Minister and guests at the ceremony.',
        PARAGRAPH,
        'The network will connect 300 villages and schools to fibre-optic lines by 2026, officials said.',
        'Read also:',
        '- Ghana launches a 5G pilot in Accra',
        '- Mali signs a satellite deal',
        '© 2024 Example News. All rights reserved.',
        'TOP',
      ].join('\n'),
    );
    expect(page.bodyLines).toEqual([
      PARAGRAPH,
      'The network will connect 300 villages and schools to fibre-optic lines by 2026, officials said.',
    ]);
    expect(page.chromeLines).toContain('- Ghana launches a 5G pilot in Accra');
    expect(page.chromeLines).toContain('20190205-ta1.jpg');
  });

  it('never drops a long paragraph that follows an image name', () => {
    const long =
      'At the meeting, the minister praised the cooperation between the two ministries in recent years and described plans for joint work on network security and 4G.';
    const page = parsePage(`Ministers meet\n${PARAGRAPH}\nphoto-1.jpg\n${long}\n`);
    expect(page.bodyLines).toContain(long);
  });
});

describe('parsePage: unspaced scripts', () => {
  it('keeps a Chinese dateline paragraph in the body', () => {
    const lead =
      '新华社万象8月28日电 老挝邮电部与中国电信28日在万象签署合作协议，双方将共同建设数据中心。';
    const page = parsePage(
      `中老签署数据中心合作协议\n\n${lead}\n老挝邮电部部长表示，该项目将提升老挝的数字基础设施水平。\n`,
    );
    expect(page.bodyLines[0]).toBe(lead);
    expect(page.language).toBe('zh');
  });
});

describe('parsePage: bylines and headings', () => {
  it('keeps the body when a byline bar and a share bar sit above it', () => {
    const page = parsePage(
      [
        'Cabinet approves telecom memorandum',
        'Agency News ANI | Nov 04, 2020 05:52 PM IST',
        'Share Now: Facebook | Twitter | WhatsApp',
        PARAGRAPH,
        'Officials said the network will reach 300 villages by the end of next year.',
      ].join('\n'),
    );
    expect(page.bodyLines).toEqual([
      PARAGRAPH,
      'Officials said the network will reach 300 villages by the end of next year.',
    ]);
  });

  it.each([
    'Publié le 20-03-2018 par Anaïs Cherif',
    'By Jane Doe | 12:40, 3 May 2021',
    'a d v e r t i s e m e n t',
    'Menteri Johnny Plate (kanan) berjabat tangan dengan CEO perusahaan (kedua kiri). ANTARA FOTO/Aditya Putra/foc.',
    'President Lazarus Chakwera (3rd L) is briefed on the National Data Center in Blantyre, Malawi, July 21, 2022.',
  ])('treats %j as chrome', (line) => {
    expect(
      parsePage(`Title of the story here\n${PARAGRAPH}\n${line}\n${PARAGRAPH}`).chromeLines,
    ).toContain(line);
  });

  it('takes the stated title when the page heading adds a section prefix to it', () => {
    const page = parsePage(
      `<html><head><meta property="og:title" content="Cabinet approves telecom memorandum"></head><body><h1>India News | Cabinet approves telecom memorandum</h1><p>${PARAGRAPH}</p></body></html>`,
    );
    expect(page.title).toBe('Cabinet approves telecom memorandum');
    expect(page.bodyLines).toEqual([PARAGRAPH]);
  });
});

describe('parsePage: short Chinese pages', () => {
  it('takes a short Chinese headline and keeps short closed paragraphs in the body', () => {
    const page = parsePage(
      '中缅光缆项目贯通\n首页 | 国际\n2021年11月2日,一家中国通信企业中标该国国家光纤骨干网项目。\n该光缆将大幅提升两国通信容量。\n',
    );
    expect(page.title).toBe('中缅光缆项目贯通');
    expect(page.bodyLines).toEqual([
      '2021年11月2日,一家中国通信企业中标该国国家光纤骨干网项目。',
      '该光缆将大幅提升两国通信容量。',
    ]);
  });
});
