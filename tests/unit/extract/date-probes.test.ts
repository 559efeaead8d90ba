import { describe, expect, it } from 'vitest';
import { extractDate } from '../../../src/extract/dates.ts';
import { parsePage } from '../../../src/extract/page-parse.ts';

/**
 * Probe articles written for this test, shaped like scraped pages (headline, chrome, body,
 * footer): visits and inspections, tender awards, launches and ceremonies, month-year page dates
 * in chrome, Chinese datelines and publish-time labels, and their traps (future ceremonies,
 * background years, teaser dates, approvals of a later signing).
 */
type Probe = [
  name: string,
  date: string | null,
  kind: 'event' | 'published' | null,
  lines: string[],
];

const PROBES: Probe[] = [
  // --- visits and inspections ---
  [
    'fr: "s’est rendu ce mardi <date>" on a page dated the next day is the visit',
    '2025-01-07',
    'event',
    [
      'Fibre optique : le ministre du Numérique visite le chantier du centre de données de Kribi',
      'Accueil | Actualités | Économie | Numérique',
      'Publié le 08/01/2025 à 10h15',
      'Le ministre des Postes et Télécommunications s’est rendu ce mardi 7 janvier 2025 sur le chantier du futur centre de données national, construit par une entreprise chinoise.',
      'Il a constaté l’avancement des travaux et demandé le respect des délais de livraison.',
      'Le centre doit être mis en service à la fin de l’année.',
    ],
  ],
  [
    'es: "inspeccionó el lunes 3 de marzo de 2025" is the inspection',
    '2025-03-03',
    'event',
    [
      'El viceministro de Telecomunicaciones inspecciona la red de fibra del norte',
      'Inicio | Noticias | Tecnología',
      '05/03/2025',
      'El viceministro de Telecomunicaciones inspeccionó el lunes 3 de marzo de 2025 los trabajos de tendido de fibra óptica en la provincia de Salta, ejecutados por una empresa china.',
      'Durante el recorrido, el funcionario conversó con los técnicos sobre el calendario de la obra.',
    ],
  ],
  [
    'pt: "esteve em … no dia 12 de maio" resolves against the page date',
    '2023-05-12',
    'event',
    [
      'Ministra das Comunicações visita centro de dados em Luanda',
      'Início | Notícias | Tecnologia',
      'Publicado em 15/05/2023',
      'A ministra das Telecomunicações deslocou-se no dia 12 de maio ao centro de dados nacional, em Luanda, para acompanhar a instalação de novos servidores.',
      'A visita incluiu uma reunião com a equipa técnica do operador público.',
    ],
  ],
  [
    'ru: "осмотрел 14 марта" the site',
    '2024-03-14',
    'event',
    [
      'Министр цифрового развития осмотрел строительство дата-центра',
      'Главная | Новости | Технологии',
      'Опубликовано: 15.03.2024 12:40',
      'Министр цифрового развития 14 марта осмотрел строительство нового дата-центра в Ташкенте, которое ведет китайская компания.',
      'Он ознакомился с ходом работ и провел совещание с подрядчиками.',
    ],
  ],
  [
    'uk: "побував 2 жовтня" on the site',
    '2023-10-02',
    'event',
    [
      'Міністр цифрової трансформації побував на будівництві вузла зв’язку',
      'Головна | Новини | Технології',
      'Опубліковано: 04.10.2023',
      'Міністр цифрової трансформації 2 жовтня побував на будівництві нового вузла мобільного зв’язку у Львові.',
      'Він поспілкувався з інженерами та оглянув обладнання базових станцій.',
    ],
  ],
  [
    'id: "meninjau … pada 10 Juni 2024" is the inspection',
    '2024-06-10',
    'event',
    [
      'Menteri Kominfo tinjau pembangunan pusat data nasional',
      'Beranda | Berita | Teknologi',
      'Selasa, 11 Juni 2024 09:15 WIB',
      'Menteri Komunikasi dan Informatika meninjau pembangunan Pusat Data Nasional di Cikarang pada 10 Juni 2024.',
      'Dalam kunjungan tersebut, menteri didampingi oleh perwakilan kontraktor.',
    ],
  ],
  [
    'zh: 考察 with 12日 against the dateline',
    '2022-09-12',
    'event',
    [
      '部长考察数据中心建设',
      '首页 | 新闻 | 科技',
      '发布日期：2022年09月13日',
      '新华社内罗毕9月13日电 肯尼亚信息通信部长12日考察了由中国企业承建的国家数据中心。',
      '部长表示,该数据中心将提升肯尼亚的数字服务能力。',
    ],
  ],
  [
    'it: "si è recato giovedì 9 marzo" in visita',
    '2023-03-09',
    'event',
    [
      'Il ministro visita il nuovo polo tecnologico',
      'Home | Notizie | Tecnologia',
      '10/03/2023',
      'Il ministro per l’Innovazione tecnologica si è recato giovedì 9 marzo al nuovo polo tecnologico di Bari, realizzato con fondi europei.',
      'Durante la visita ha incontrato i ricercatori e i rappresentanti delle imprese coinvolte.',
    ],
  ],
  [
    'tr: "12 Nisan’da … inceledi" the site',
    '2022-04-12',
    'event',
    [
      'Bakan veri merkezi inşaatını inceledi',
      'Anasayfa | Haberler | Teknoloji',
      '13.04.2022',
      'Ulaştırma ve Altyapı Bakanı 12 Nisan 2022 günü Ankara’daki yeni veri merkezi inşaatında incelemelerde bulundu ve çalışmaları yerinde inceledi.',
      'Bakan, projenin yıl sonunda tamamlanacağını söyledi.',
    ],
  ],
  [
    'vi: "thị sát ngày 5/7" the construction',
    '2021-07-05',
    'event',
    [
      'Bộ trưởng thị sát công trình trung tâm dữ liệu',
      'Trang chủ | Tin tức | Công nghệ',
      'Cập nhật: 07/07/2021 09:10',
      'Bộ trưởng Bộ Thông tin và Truyền thông đã thị sát công trình trung tâm dữ liệu quốc gia tại Hà Nội vào ngày 5/7.',
      'Công trình dự kiến hoàn thành vào cuối năm nay.',
    ],
  ],
  // --- tender and contract awards ---
  [
    'es: "adjudicó el 4 de septiembre" on a page dated 16/09/2019',
    '2019-09-04',
    'event',
    [
      'El Ministerio adjudica la licitación de la red troncal de fibra',
      'Portada | Economía | Tecnología',
      '16/09/2019',
      'El Ministerio de Transporte y Comunicaciones adjudicó el 4 de septiembre la licitación para ampliar la red dorsal de fibra óptica a una empresa china.',
      'El contrato prevé la instalación de 2.000 kilómetros de cable en tres regiones.',
    ],
  ],
  [
    'en: "awarded … on 2 April" a contract',
    '2021-04-02',
    'event',
    [
      'Regulator awards rural broadband contract',
      'Home | News | Business | Technology',
      'April 9, 2021',
      'The national communications authority awarded a contract to build 300 rural mobile towers to a Chinese vendor on 2 April.',
      'Work is due to start in the third quarter.',
    ],
  ],
  [
    'fr: "a attribué le 18 juin" le marché',
    '2020-06-18',
    'event',
    [
      'Le gouvernement attribue le marché du câble sous-marin',
      'Accueil | Économie | Télécoms',
      'Publié le 22/06/2020',
      'Le gouvernement a attribué le 18 juin le marché de construction du câble sous-marin à un consortium international.',
      'Les travaux devraient durer deux ans.',
    ],
  ],
  [
    'pt: "adjudicou a 3 de fevereiro" o concurso',
    '2022-02-03',
    'event',
    [
      'Governo adjudica concurso para rede 5G',
      'Início | Economia | Tecnologia',
      '10/02/2022',
      'O Governo adjudicou a 3 de fevereiro o concurso público para a construção da rede 5G nas capitais provinciais.',
      'A empresa vencedora tem 18 meses para concluir a obra.',
    ],
  ],
  [
    'de: "vergab am 5. Mai" den Auftrag',
    '2021-05-05',
    'event',
    [
      'Stadt vergibt Auftrag für Glasfasernetz',
      'Startseite | Nachrichten | Technik',
      '12.05.2021',
      'Die Stadtverwaltung vergab am 5. Mai den Auftrag für den Ausbau des Glasfasernetzes an ein Konsortium aus zwei Unternehmen.',
      'Der Ausbau soll bis Ende 2023 abgeschlossen sein.',
    ],
  ],
  [
    'it: "ha aggiudicato il 7 luglio" la gara',
    '2022-07-07',
    'event',
    [
      'Aggiudicata la gara per la banda ultralarga',
      'Home | Notizie | Tecnologia',
      '14/07/2022',
      'La società pubblica ha aggiudicato il 7 luglio la gara per la copertura in banda ultralarga delle aree rurali.',
      'I lavori partiranno in autunno.',
    ],
  ],
  [
    'ru: "присудил 20 августа" контракт',
    '2020-08-20',
    'event',
    [
      'Контракт на строительство сети присужден консорциуму',
      'Главная | Экономика | Технологии',
      '25.08.2020',
      'Тендерный комитет 20 августа присудил контракт на строительство оптоволоконной сети консорциуму из двух компаний.',
      'Сумма контракта не раскрывается.',
    ],
  ],
  [
    'tr: "ihaleyi 9 Mart’ta kazandı"',
    '2023-03-09',
    'event',
    [
      'Fiber altyapı ihalesini yerli şirket kazandı',
      'Anasayfa | Ekonomi | Teknoloji',
      '14.03.2023',
      'Yerli bir telekom şirketi, 9 Mart 2023 tarihinde düzenlenen fiber altyapı ihalesini kazandı.',
      'Proje iki yıl içinde tamamlanacak.',
    ],
  ],
  [
    'zh: 中标 with an explicit date',
    '2021-11-02',
    'event',
    [
      '中国企业中标某国光纤项目',
      '首页 | 新闻 | 国际',
      '发布时间:2021-11-08 来源:人民网',
      '2021年11月2日,一家中国通信企业在公开招标中中标该国国家光纤骨干网项目,合同金额约为两亿美元,工期为三年。',
      '该项目总长约1500公里,建成后将连接该国所有省会城市,并与周边国家的骨干网络实现互联互通。',
    ],
  ],
  [
    'id: "memenangkan tender pada 14 Januari 2022"',
    '2022-01-14',
    'event',
    [
      'Konsorsium lokal menangkan tender jaringan serat optik',
      'Beranda | Berita | Teknologi',
      'Kamis, 20 Januari 2022',
      'Sebuah konsorsium lokal memenangkan tender pembangunan jaringan serat optik di wilayah timur pada 14 Januari 2022.',
      'Proyek tersebut ditargetkan selesai dalam dua tahun.',
    ],
  ],
  [
    'en: a contract awarded in a background year is not the event',
    '2024-05-06',
    'published',
    [
      'Operator expands fibre network built under 2015 contract',
      'Home | News | Business',
      'May 6, 2024',
      'The fibre network, whose construction contract was awarded in 2015, now reaches forty towns across the country.',
      'The operator plans further extensions next year.',
    ],
  ],
  // --- launches, ceremonies, meetings ---
  [
    'en: a lift-off on a stated date is the event',
    '2022-11-05',
    'event',
    [
      'National communications satellite reaches orbit',
      'Home | News | Science | Technology',
      'November 7, 2022',
      'The rocket carrying the country’s first communications satellite had a successful lift-off from the launch site on November 5.',
      'Ground stations confirmed contact two hours later.',
    ],
  ],
  [
    'en: a breakfast meeting on a stated date is the event',
    '2019-05-02',
    'event',
    [
      'Ministers discuss digital cooperation over breakfast',
      'Home | News | Politics',
      'May 3, 2019',
      'The two ministers discussed cooperation in telecommunications at a breakfast meeting on May 2 in Hanoi.',
      'They agreed to set up a joint working group.',
    ],
  ],
  [
    'vi: "khánh thành ngày 20/10" the station',
    '2020-10-20',
    'event',
    [
      'Khánh thành trạm phát sóng 5G đầu tiên',
      'Trang chủ | Tin tức | Công nghệ',
      'Cập nhật: 22/10/2020 08:30',
      'Nhà mạng đã khánh thành trạm phát sóng 5G đầu tiên tại Hà Nội vào ngày 20/10.',
      'Trạm do một doanh nghiệp trong nước sản xuất.',
    ],
  ],
  [
    'ar: "افتتح … يوم 15 مارس 2021" and a publish label',
    '2021-03-15',
    'event',
    [
      'افتتاح مركز بيانات وطني جديد',
      'الرئيسية | أخبار | تكنولوجيا',
      'تاريخ النشر: 17/03/2021',
      'افتتح وزير الاتصالات يوم 15 مارس 2021 مركز البيانات الوطني الجديد بحضور ممثلين عن الشركة المنفذة.',
      'ويضم المركز أكثر من ألف خادم.',
    ],
  ],
  [
    'kk: "ашты 3 қарашада" the centre',
    '2022-11-03',
    'event',
    [
      'Астанада жаңа деректер орталығы ашылды',
      'Басты бет | Жаңалықтар | Технология',
      '05.11.2022',
      'Цифрлық даму министрі 2022 жылғы 3 қарашада Астанада жаңа деректер орталығын ашты.',
      'Орталық отандық компанияның қатысуымен салынды.',
    ],
  ],
  [
    'zh: 竣工仪式14日 under a Xinhua dateline and a publish-time chrome line',
    '2019-11-14',
    'event',
    [
      '中企承建的光纤骨干网二期工程竣工',
      '首页 | 新闻 | 国际 | 科技',
      '发布时间:2019-11-18 来源:新华网 点击:87',
      '新华社亚的斯亚贝巴11月14日电(记者李明)由中国企业承建的国家光纤骨干网二期项目竣工仪式14日在首都举行。部长出席仪式并致辞。',
      '该项目全长约2000公里,将覆盖全国大部分地区。',
    ],
  ],
  [
    'zh: an explicit date with 举行 beats the dateline',
    '2014-11-14',
    'event',
    [
      '中老跨境光缆项目贯通',
      '首页 | 国际 | 科技',
      '2014年11月24日',
      '人民网北京11月24日电 2014年11月14日,中国—老挝跨境光缆项目贯通仪式在万象举行,两国通信部门负责人出席。',
      '该光缆将大幅提升两国间的通信容量。',
    ],
  ],
  [
    'zh: a dateline with no event date gives the page date',
    '2020-06-03',
    'published',
    [
      '两国通信部门加强合作',
      '首页 | 新闻',
      '发布日期：2020年06月03日',
      '新华社北京6月3日电 两国通信部门近日表示将进一步加强在数字经济领域的合作。',
      '双方表示,合作前景广阔。',
    ],
  ],
  [
    'ja: a Japanese dateline with 締結 the day before',
    '2023-02-08',
    'event',
    [
      '通信分野で協力覚書',
      'ホーム | ニュース | 経済',
      '公開日：2023年2月9日',
      '【東京2月9日】総務省と相手国の通信省は8日、情報通信分野での協力覚書を締結した。',
      '両省は今後、人材育成でも協力する。',
    ],
  ],
  [
    'en: an approval with its own stated date is the event',
    '2021-03-12',
    'event',
    [
      'Development bank backs rural broadband project',
      'Home | News | Business',
      'March 18, 2021',
      'The board of the development bank approved on 12 March a $50 million credit for a rural broadband project.',
      'The project will connect about one million people.',
    ],
  ],
  [
    'es: "lanzó el 3 de junio" with a report word further away',
    '2020-06-03',
    'event',
    [
      'El operador lanza su red 5G comercial',
      'Inicio | Noticias | Tecnología',
      '08/06/2020',
      'El operador nacional informó que lanzó el 3 de junio su red comercial 5G en tres ciudades del país.',
      'La compañía prevé ampliar la cobertura el próximo año.',
    ],
  ],
  [
    'de: a future inauguration ("soll am 20. Mai eröffnet werden") is not the event',
    '2022-05-02',
    'published',
    [
      'Neues Rechenzentrum vor der Eröffnung',
      'Startseite | Nachrichten | Technik',
      '02.05.2022',
      'Das neue Rechenzentrum der Landesverwaltung soll am 20. Mai feierlich eröffnet werden.',
      'Die Bauarbeiten sind weitgehend abgeschlossen.',
    ],
  ],
  // --- page dates in chrome ---
  [
    'pt: a month-year beside a section label is the page date',
    '2016-11',
    'published',
    [
      'Operadora amplia rede de fibra no interior',
      'Início | Notícias | Tecnologia',
      'Ciência e Tecnologia | Novembro de 2016',
      'A operadora estatal concluiu a expansão da rede de fibra óptica para mais doze municípios do interior do país.',
      'A obra contou com financiamento de um banco de desenvolvimento.',
    ],
  ],
  [
    'es: a full date beside a section label is the page date',
    '2018-04-09',
    'published',
    [
      'El operador estatal amplía su red móvil',
      'Inicio | Noticias',
      'Tecnología | 9 de abril de 2018',
      'El operador estatal amplió su cobertura móvil a cuarenta localidades rurales con equipos de un proveedor asiático.',
      'La inversión superó los diez millones de dólares.',
    ],
  ],
  [
    'ru: "Опубликовано:" label',
    '2021-03-12',
    'published',
    [
      'Оператор расширил покрытие сети 4G',
      'Главная | Новости',
      'Опубликовано: 12 марта 2021, 14:20',
      'Национальный оператор расширил покрытие сети четвертого поколения на тридцать населенных пунктов.',
      'Работы выполнены совместно с иностранным поставщиком оборудования.',
    ],
  ],
  [
    'ar: "نشر في" label',
    '2022-08-21',
    'published',
    [
      'توسيع شبكة الألياف الضوئية في المحافظات',
      'الرئيسية | أخبار',
      'نشر في 21/08/2022 - 10:30',
      'تواصل الشركة الوطنية للاتصالات توسيع شبكة الألياف الضوئية لتشمل عددا أكبر من المحافظات خلال المرحلة الحالية.',
      'ويهدف المشروع إلى تحسين جودة خدمات الإنترنت.',
    ],
  ],
  [
    'vi: "Cập nhật" label',
    '2021-09-14',
    'published',
    [
      'Mở rộng vùng phủ sóng 4G tại miền núi',
      'Trang chủ | Tin tức',
      'Cập nhật: 14/09/2021 07:45 GMT+7',
      'Nhà mạng tiếp tục mở rộng vùng phủ sóng 4G tới các xã vùng sâu vùng xa trong năm nay.',
      'Hơn 500 trạm phát sóng mới sẽ được lắp đặt.',
    ],
  ],
  [
    'zh: "日期:" label with no dateline',
    '2018-05-30',
    'published',
    [
      '运营商扩大农村网络覆盖',
      '首页 | 新闻',
      '日期:2018-05-30 作者:本站',
      '该国运营商继续扩大农村地区的移动网络覆盖,新建基站数百座。',
      '项目由国际金融机构提供贷款支持。',
    ],
  ],
  [
    'ar: "تاريخ النشر" with Arabic-Indic digits',
    '2023-01-15',
    'published',
    [
      'تطوير شبكة الاتصالات في المناطق الريفية',
      'الرئيسية | أخبار',
      'تاريخ النشر: ١٥/٠١/٢٠٢٣',
      'تواصل الهيئة الوطنية للاتصالات تطوير شبكة الاتصالات في المناطق الريفية بالتعاون مع عدد من الشركات المحلية.',
      'ويشمل المشروع تركيب أبراج جديدة للاتصالات.',
    ],
  ],
  [
    'uk: a month-year label with a section name',
    '2019-10',
    'published',
    [
      'Оператор розширює покриття 4G у селах',
      'Головна | Новини',
      'Технології | жовтень 2019',
      'Національний оператор продовжує розширювати покриття мережі четвертого покоління у сільській місцевості.',
      'Роботи виконуються за підтримки міжнародних партнерів.',
    ],
  ],
  // --- traps ---
  [
    'en: a future ceremony is not the event',
    '2023-11-02',
    'published',
    [
      'Submarine cable landing set for mid-November',
      'Home | News | Technology',
      'November 2, 2023',
      'The official ceremony for the new submarine cable landing will be held on 14 November in the capital.',
      'Officials from both countries are expected to attend.',
    ],
  ],
  [
    'fr: a background inauguration year is not the event',
    '2024-02-20',
    'published',
    [
      'Le centre de données national étend sa capacité',
      'Accueil | Actualités',
      'Publié le 20/02/2024',
      'Le centre de données national, inauguré en 2011, va doubler sa capacité de stockage grâce à un financement international.',
      'Les travaux commenceront au second semestre.',
    ],
  ],
  [
    'zh: a future ceremony (将于) is not the event',
    '2021-04-06',
    'published',
    [
      '光缆项目签约仪式将于下月举行',
      '首页 | 新闻',
      '发布时间:2021-04-06',
      '两国光缆合作项目签约仪式将于5月10日在首都举行。',
      '双方正在就合同细节进行磋商。',
    ],
  ],
  [
    'en: a teaser date in chrome after the article is not the page date',
    '2020-03',
    'published',
    [
      'Operator extends 4G coverage to rural districts',
      'Home | News | Technology',
      'Technology | March 2020',
      'The state operator extended its 4G network to twelve rural districts with equipment from a foreign supplier.',
      'The project was financed by a development bank.',
      'Related Articles',
      'Regulator opens spectrum consultation | 12 January 2019',
    ],
  ],
  [
    'en: an approval of a future signing under a dateline is published',
    '2020-11-04',
    'published',
    [
      'Cabinet clears telecom memorandum with partner country',
      'Home | News | Politics',
      'Nov 04, 2020 05:52 PM IST',
      'New Delhi [India], November 4 (ANI): The Union Cabinet has cleared the signing of a memorandum of understanding on cooperation in telecommunications with a partner country.',
      'The memorandum will strengthen bilateral cooperation in the sector, the statement said.',
    ],
  ],
  [
    'en: "today" under a dateline dates the signing the lead describes',
    '2019-11-28',
    'event',
    [
      'Two countries sign ICT memorandum',
      'Home | News | World',
      'Thursday, 28 Nov 2019 08:41 PM',
      'KUALA LUMPUR, Nov 28 — The two governments today put their names to a memorandum of understanding on ICT cooperation.',
      'The memorandum covers big data, artificial intelligence and 5G networks.',
    ],
  ],
];

describe('extractDate on probe articles', () => {
  it.each(PROBES)('%s', (_name, date, kind, lines) => {
    const result = extractDate(parsePage(lines.join('\n\n')));
    expect({ date: result.date, kind: result.kind }).toEqual({ date, kind });
  });
});
