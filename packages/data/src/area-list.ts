// The official code list for 2026 (21 län, 290 kommuner), from SCB's CSV, written as a compact table because it
// ships inside the script-tag bundle: 2.5 KB of rows cost 0.37 KB more gzip than this table and its decoder.
// `scripts/areas-from-csv.mjs` writes the list as rows; when it is run, turn the rows into this table again.

/**
 * One group per län, in code-list order, separated by `;`. A group is the län's code and name, then each of its
 * kommuner as the last two digits of its code and its name, separated by `|`.
 */
const TABLE =
  '01Stockholms län|14Upplands Väsby|15Vallentuna|17Österåker|20Värmdö|23Järfälla|25Ekerö|26Huddinge|27Botkyrka|28Salem|36Haninge|38Tyresö|39Upplands-Bro|40Nykvarn|60Täby|62Danderyd|63Sollentuna|80Stockholm|81Södertälje|82Nacka|83Sundbyberg|84Solna|86Lidingö|87Vaxholm|88Norrtälje|91Sigtuna|92Nynäshamn;' +
  '03Uppsala län|05Håbo|19Älvkarleby|30Knivsta|31Heby|60Tierp|80Uppsala|81Enköping|82Östhammar;' +
  '04Södermanlands län|28Vingåker|61Gnesta|80Nyköping|81Oxelösund|82Flen|83Katrineholm|84Eskilstuna|86Strängnäs|88Trosa;' +
  '05Östergötlands län|09Ödeshög|12Ydre|13Kinda|60Boxholm|61Åtvidaberg|62Finspång|63Valdemarsvik|80Linköping|81Norrköping|82Söderköping|83Motala|84Vadstena|86Mjölby;' +
  '06Jönköpings län|04Aneby|17Gnosjö|42Mullsjö|43Habo|62Gislaved|65Vaggeryd|80Jönköping|82Nässjö|83Värnamo|84Sävsjö|85Vetlanda|86Eksjö|87Tranås;' +
  '07Kronobergs län|60Uppvidinge|61Lessebo|63Tingsryd|64Alvesta|65Älmhult|67Markaryd|80Växjö|81Ljungby;' +
  '08Kalmar län|21Högsby|34Torsås|40Mörbylånga|60Hultsfred|61Mönsterås|62Emmaboda|80Kalmar|81Nybro|82Oskarshamn|83Västervik|84Vimmerby|85Borgholm;' +
  '09Gotlands län|80Gotland;' +
  '10Blekinge län|60Olofström|80Karlskrona|81Ronneby|82Karlshamn|83Sölvesborg;' +
  '12Skåne län|14Svalöv|30Staffanstorp|31Burlöv|33Vellinge|56Östra Göinge|57Örkelljunga|60Bjuv|61Kävlinge|62Lomma|63Svedala|64Skurup|65Sjöbo|66Hörby|67Höör|70Tomelilla|72Bromölla|73Osby|75Perstorp|76Klippan|77Åstorp|78Båstad|80Malmö|81Lund|82Landskrona|83Helsingborg|84Höganäs|85Eslöv|86Ystad|87Trelleborg|90Kristianstad|91Simrishamn|92Ängelholm|93Hässleholm;' +
  '13Hallands län|15Hylte|80Halmstad|81Laholm|82Falkenberg|83Varberg|84Kungsbacka;' +
  '14Västra Götalands län|01Härryda|02Partille|07Öckerö|15Stenungsund|19Tjörn|21Orust|27Sotenäs|30Munkedal|35Tanum|38Dals-Ed|39Färgelanda|40Ale|41Lerum|42Vårgårda|43Bollebygd|44Grästorp|45Essunga|46Karlsborg|47Gullspång|52Tranemo|60Bengtsfors|61Mellerud|62Lilla Edet|63Mark|65Svenljunga|66Herrljunga|70Vara|71Götene|72Tibro|73Töreboda|80Göteborg|81Mölndal|82Kungälv|84Lysekil|85Uddevalla|86Strömstad|87Vänersborg|88Trollhättan|89Alingsås|90Borås|91Ulricehamn|92Åmål|93Mariestad|94Lidköping|95Skara|96Skövde|97Hjo|98Tidaholm|99Falköping;' +
  '17Värmlands län|15Kil|30Eda|37Torsby|60Storfors|61Hammarö|62Munkfors|63Forshaga|64Grums|65Årjäng|66Sunne|80Karlstad|81Kristinehamn|82Filipstad|83Hagfors|84Arvika|85Säffle;' +
  '18Örebro län|14Lekeberg|60Laxå|61Hallsberg|62Degerfors|63Hällefors|64Ljusnarsberg|80Örebro|81Kumla|82Askersund|83Karlskoga|84Nora|85Lindesberg;' +
  '19Västmanlands län|04Skinnskatteberg|07Surahammar|60Kungsör|61Hallstahammar|62Norberg|80Västerås|81Sala|82Fagersta|83Köping|84Arboga;' +
  '20Dalarnas län|21Vansbro|23Malung-Sälen|26Gagnef|29Leksand|31Rättvik|34Orsa|39Älvdalen|61Smedjebacken|62Mora|80Falun|81Borlänge|82Säter|83Hedemora|84Avesta|85Ludvika;' +
  '21Gävleborgs län|01Ockelbo|04Hofors|21Ovanåker|32Nordanstig|61Ljusdal|80Gävle|81Sandviken|82Söderhamn|83Bollnäs|84Hudiksvall;' +
  '22Västernorrlands län|60Ånge|62Timrå|80Härnösand|81Sundsvall|82Kramfors|83Sollefteå|84Örnsköldsvik;' +
  '23Jämtlands län|03Ragunda|05Bräcke|09Krokom|13Strömsund|21Åre|26Berg|61Härjedalen|80Östersund;' +
  '24Västerbottens län|01Nordmaling|03Bjurholm|04Vindeln|09Robertsfors|17Norsjö|18Malå|21Storuman|22Sorsele|25Dorotea|60Vännäs|62Vilhelmina|63Åsele|80Umeå|81Lycksele|82Skellefteå;' +
  '25Norrbottens län|05Arvidsjaur|06Arjeplog|10Jokkmokk|13Överkalix|14Kalix|18Övertorneå|21Pajala|23Gällivare|60Älvsbyn|80Luleå|81Piteå|82Boden|83Haparanda|84Kiruna';

function decode(table: string): [code: string, name: string][] {
  const lan: [string, string][] = [];
  const kommun: [string, string][] = [];
  for (const group of table.split(';')) {
    const [head = '', ...rest] = group.split('|');
    const code = head.slice(0, 2);
    lan.push([code, head.slice(2)]);
    for (const item of rest) kommun.push([code + item.slice(0, 2), item.slice(2)]);
  }
  return [...lan, ...kommun];
}

/** `[code, name]` for every län (two digits) and kommun (four digits, first two its län), in code-list order. */
export const AREA_ROWS: readonly (readonly [code: string, name: string])[] = decode(TABLE);
