import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/extract/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The ministry and the operator signed a memorandum on broadband for rural schools.'],
    ['ru', 'Министерство и оператор подписали меморандум о развитии широкополосного доступа.'],
    ['uk', 'Міністерство цифрової трансформації підписало меморандум про співпрацю з партнерами.'],
    ['kk', 'Қазақстан мен Әзербайжан арасында талшықты-оптикалық байланыс желісі тартылып жатыр.'],
    ['fr', 'Le ministère et l’opérateur ont signé un protocole d’accord sur le haut débit.'],
    [
      'es',
      'El ministerio y la empresa firmaron un acuerdo para construir una fábrica de fibra óptica.',
    ],
    ['pt', 'O ministério e a empresa assinaram um memorando de entendimento para formação em TIC.'],
    [
      'de',
      'Das Ministerium und der Netzbetreiber haben eine Vereinbarung über den Ausbau unterzeichnet.',
    ],
    ['id', 'Kementerian Komunikasi dan Digital meneken nota kesepahaman dengan mitra dari Rusia.'],
    ['vi', 'Hai Bộ trưởng đã ký Bản ghi nhớ hợp tác về phát triển kinh tế số giữa hai nước.'],
    ['ar', 'وقعت سلطنة عمان ودولة فلسطين مذكرة تفاهم للتعاون في مجال الاتصالات وتقنية المعلومات.'],
    ['zh', '中国和莫桑比克签署了关于数字经济合作的谅解备忘录。'],
    ['ja', '両国は情報通信分野での協力に関する覚書に署名しました。'],
    ['ko', '양국은 정보통신 분야 협력에 관한 양해각서에 서명했다.'],
    ['en', 'Huawei signs MoU with Nigeria on ICT training'],
    ['tr', 'Bakan, Japonya Büyükelçisini makamında kabul etti.'],
    ['az', 'Nazir Yaponiyanın səfiri ilə görüşdü və rəqəmsal əməkdaşlığı müzakirə etdi.'],
    ['sw', 'Waziri amekutana na balozi wa Japan jijini Dar es Salaam.'],
    ['it', 'Il ministro ha ricevuto l’ambasciatore del Giappone a Roma.'],
    ['pl', 'Minister przyjął ambasadora Japonii w Warszawie.'],
    ['fa', 'وزیر ارتباطات با سفیر ژاپن در تهران دیدار کرد.'],
  ])('%s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('says und when there are no letters', () => {
    expect(detectLanguage('2024-05-01 12:00 | 123 456')).toBe('und');
  });
});
