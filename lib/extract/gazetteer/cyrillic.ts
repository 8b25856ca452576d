// Cyrillic stems of settlements whose inflected forms do not transliterate onto their
// Latin name (vowel alternation: Харків/Харкова/Харкові, Кривий Ріг/Кривому Розі, Київ/Києві).
// Stems are lowercase prefixes matched against capitalised tokens; most other settlements are
// found by transliterating the de-inflected token (see index.ts).
// [stem(s), official Latin name, region]
export const CYRILLIC_CITIES: [string, string, string][] = [
  ["київ|києв|киев|кыев", "Kyiv", "UA-30"],
  ["харків|харков|харьков", "Kharkiv", "UA-63"],
  ["львів|львов", "Lviv", "UA-46"],
  ["дніпр|днепр|днипр", "Dnipro", "UA-12"],
  ["запоріжж|запоріжжі|запорожь|запорожье", "Zaporizhzhia", "UA-23"],
  ["миколаїв|миколаєв|николаев", "Mykolaiv", "UA-48"],
  ["одес", "Odesa", "UA-51"],
  ["чернігів|чернігов|чернигов", "Chernihiv", "UA-74"],
  ["чернівц|черновц", "Chernivtsi", "UA-77"],
  ["херсон", "Kherson", "UA-65"],
  ["сум", "Sumy", "UA-59"],
  ["полтав", "Poltava", "UA-53"],
  ["житомир", "Zhytomyr", "UA-18"],
  ["черкас", "Cherkasy", "UA-71"],
  ["вінниц|винниц", "Vinnytsia", "UA-05"],
  ["рівн|ровн", "Rivne", "UA-56"],
  ["луцьк|луцк", "Lutsk", "UA-07"],
  ["тернопол|тернопіл", "Ternopil", "UA-61"],
  ["ужгород", "Uzhhorod", "UA-21"],
  ["івано-франківськ|ивано-франковск", "Ivano-Frankivsk", "UA-26"],
  ["кропивницьк|кропивницк", "Kropyvnytskyi", "UA-35"],
  ["хмельницьк|хмельницк", "Khmelnytskyi", "UA-68"],
  ["донецьк|донецк", "Donetsk", "UA-14"],
  ["луганськ|луганск", "Luhansk", "UA-09"],
  ["краматорськ|краматорск", "Kramatorsk", "UA-14"],
  ["слов'янськ|слов’янськ|славянск", "Sloviansk", "UA-14"],
  ["маріупол|мариупол", "Mariupol", "UA-14"],
  ["бахмут|артемівськ|артемовск", "Bakhmut", "UA-14"],
  ["павлоград", "Pavlohrad", "UA-12"],
  ["нікопол|никопол", "Nikopol", "UA-12"],
  ["кременчу", "Kremenchuk", "UA-53"],
  ["біл церкв|біла церкв|білій церкв|білої церкв|белая церк|белой церк", "Bila Tserkva", "UA-32"],
  ["сімферопол|симферопол", "Simferopol", "UA-43"],
  ["севастопол", "Sevastopol", "UA-40"],
  ["умань|умані|уман", "Uman", "UA-71"],
  ["москв", "Moscow", "RU-MOW"],
  ["бєлгород|белгород", "Belgorod", "RU-BEL"],
  ["курськ|курск", "Kursk", "RU-KRS"],
  ["брянськ|брянск", "Bryansk", "RU-BRY"],
  ["воронеж", "Voronezh", "RU-VOR"],
  ["ростов", "Rostov-on-Don", "RU-ROS"],
  ["краснодар", "Krasnodar", "RU-KDA"],
  ["новоросійськ|новороссийск", "Novorossiysk", "RU-KDA"],
  ["санкт-петербург|петербург", "Saint Petersburg", "RU-SPE"],
  ["волгоград", "Volgograd", "RU-VGG"],
];

// "Кривий Ріг" in every case: both words inflect (Кривого Рогу, Кривому Розі, Кривой Рог).
export const CYRILLIC_TWO_WORD: [string, string, string, string][] = [
  ["крив", "р", "Kryvyi Rih", "UA-12"],
];
