/**
 * A small world gazetteer: country | demonyms | cities (capital first).
 * General knowledge, not tied to any article; it lets the engine tell a place
 * from a person and a city from its country.
 */
export const COUNTRIES = `
Afghanistan|Afghan|Kabul,Kandahar,Herat
Albania|Albanian|Tirana
Algeria|Algerian|Algiers,Oran
Angola|Angolan|Luanda
Argentina|Argentine,Argentinian|Buenos Aires,Cordoba
Armenia|Armenian|Yerevan
Australia|Australian|Canberra,Sydney,Melbourne,Brisbane,Perth
Austria|Austrian|Vienna,Salzburg
Azerbaijan|Azerbaijani,Azeri|Baku
Bahrain|Bahraini|Manama
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels,Antwerp
Bolivia|Bolivian|La Paz,Sucre
Bosnia and Herzegovina|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia,Rio de Janeiro,Sao Paulo
Bulgaria|Bulgarian|Sofia
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian|Yaounde
Canada|Canadian|Ottawa,Toronto,Montreal,Vancouver
Chile|Chilean|Santiago
China|Chinese|Beijing,Shanghai,Hong Kong,Shenzhen,Wuhan
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague
Denmark|Danish,Dane|Copenhagen
Egypt|Egyptian|Cairo,Alexandria,Sharm el-Sheikh
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis Ababa
Finland|Finnish,Finn|Helsinki
France|French|Paris,Marseille,Lyon,Strasbourg,Nice
Georgia|Georgian|Tbilisi
Germany|German|Berlin,Munich,Hamburg,Frankfurt,Bonn
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|New Delhi,Delhi,Mumbai,Kolkata,Bangalore
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad,Mosul,Basra,Erbil
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem,Tel Aviv
Italy|Italian|Rome,Milan,Naples,Venice,Florence
Japan|Japanese|Tokyo,Osaka,Kyoto,Hiroshima
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana,Almaty
Kenya|Kenyan|Nairobi
Kosovo|Kosovar|Pristina
Kuwait|Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyz|Bishkek
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli,Benghazi
Lithuania|Lithuanian|Vilnius
Luxembourg|Luxembourgish|Luxembourg
Malaysia|Malaysian|Kuala Lumpur
Mexico|Mexican|Mexico City
Moldova|Moldovan|Chisinau
Mongolia|Mongolian|Ulaanbaatar
Montenegro|Montenegrin|Podgorica
Morocco|Moroccan|Rabat,Casablanca
Myanmar|Burmese|Naypyidaw,Yangon
Nepal|Nepali,Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam,The Hague,Rotterdam
New Zealand|New Zealander|Wellington,Auckland
Nigeria|Nigerian|Abuja,Lagos
North Korea|North Korean|Pyongyang
North Macedonia|Macedonian|Skopje
Norway|Norwegian|Oslo
Oman|Omani|Muscat
Pakistan|Pakistani|Islamabad,Karachi,Lahore
Palestine|Palestinian|Ramallah
Peru|Peruvian|Lima
Philippines|Filipino,Philippine|Manila
Poland|Polish,Pole|Warsaw,Krakow,Rzeszow
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow,St. Petersburg,Kursk,Belgorod,Sochi,Rostov,Kazan,Novosibirsk
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh,Jeddah,Mecca,Medina,Dammam
Serbia|Serbian,Serb|Belgrade
Singapore|Singaporean|Singapore
Slovakia|Slovak|Bratislava
Slovenia|Slovenian,Slovene|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South African|Pretoria,Johannesburg,Cape Town
South Korea|South Korean,Korean|Seoul,Busan
Spain|Spanish|Madrid,Barcelona
Sri Lanka|Sri Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish,Swede|Stockholm
Switzerland|Swiss|Bern,Geneva,Zurich,Davos,Lausanne
Syria|Syrian|Damascus,Aleppo
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik|Dushanbe
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey|Turkish,Turk|Ankara,Istanbul,Antalya
Turkmenistan|Turkmen|Ashgabat
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv,Kiev,Kharkiv,Odesa,Odessa,Lviv,Dnipro,Mariupol,Zaporizhzhia,Kherson,Donetsk,Luhansk,Bakhmut,Sumy,Chernihiv,Mykolaiv
United Arab Emirates|Emirati|Abu Dhabi,Dubai
United Kingdom|British,Briton|London,Manchester,Edinburgh,Glasgow,Belfast,Cardiff
United States|American|Washington,New York,Los Angeles,Chicago,Houston,San Francisco,Miami,Boston,Seattle,Palm Beach,Anchorage
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi,Ho Chi Minh City
Yemen|Yemeni|Sanaa,Aden
Zimbabwe|Zimbabwean|Harare
`;

/** Other names of countries, mapped to the name in COUNTRIES. */
export const COUNTRY_ALIASES: Record<string, string> = {
  US: "United States",
  USA: "United States",
  "United States of America": "United States",
  America: "United States",
  UK: "United Kingdom",
  Britain: "United Kingdom",
  "Great Britain": "United Kingdom",
  England: "United Kingdom",
  Scotland: "United Kingdom",
  Wales: "United Kingdom",
  Holland: "Netherlands",
  UAE: "United Arab Emirates",
  Czechia: "Czech Republic",
  Türkiye: "Turkey",
  Turkiye: "Turkey",
  Burma: "Myanmar",
};

/** Regions, continents, seas and other named areas that are places but not countries. */
export const REGIONS = `
Europe,Asia,Africa,North America,South America,Latin America,Middle East,Gulf,Persian Gulf,Arctic,Antarctica,Balkans,
Baltics,Scandinavia,Caucasus,Central Asia,Eastern Europe,Western Europe,Crimea,Donbas,Donbass,Gaza,Gaza Strip,West Bank,
Kashmir,Sahel,Red Sea,Black Sea,Baltic Sea,Mediterranean,Caspian Sea,Pacific,Atlantic,Indian Ocean,Sea of Azov,
Crimean Peninsula,Kursk region,Siberia,Transnistria,Abkhazia,South Ossetia,Nagorno-Karabakh,Kurdistan,Sinai,Golan Heights
`;

/** States and provinces often named in news, as regions. */
export const SUBDIVISIONS = `
Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,Idaho,Illinois,Indiana,Iowa,
Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,
New Hampshire,New Jersey,New Mexico,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,
South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,West Virginia,Wisconsin,Wyoming,Quebec,Ontario,
Alberta,British Columbia,Bavaria,Catalonia,Tibet,Xinjiang,Punjab,Chechnya,Dagestan,Tatarstan,Belgorod region,Kursk,
Kharkiv region,Donetsk region,Luhansk region,Zaporizhzhia region,Kherson region,Odesa region
`;
