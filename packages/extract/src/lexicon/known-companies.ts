// Large, well-known companies and groups by the name the press uses: a mention of one is a company without further evidence.
const companies = `
KKR|Carlyle|Apollo Global Management|TPG|EQT|CVC Capital Partners|Permira|Advent International|Bain Capital|Cinven|Hellman & Friedman|Silver Lake|Thoma Bravo|Warburg Pincus|Nordic Capital|Triton|Altor|Brookfield|Ardian|PAI Partners|Macquarie|Temasek|Mubadala|SoftBank|Elliott Management|Third Point
3M|ABB|AbbVie|Accenture|Adecco|Adidas|Adobe|Aegon|Ahold Delhaize|Airbnb|Airbus|Akzo Nobel|AkzoNobel|Alibaba|Allianz|Alphabet|Amazon|AMD|American Express|Amgen|Anheuser-Busch InBev|AB InBev|Apple|ArcelorMittal|Arla|ASML|AstraZeneca|AT&T|Atlas Copco|Audi|Aviva|AXA
Baidu|Banco Santander|Bank of America|Barclays|BASF|Bayer|BBVA|Beiersdorf|Berkshire Hathaway|BHP|BlackRock|Blackstone|BMW|BNP Paribas|Boeing|Booking Holdings|Bosch|BP|Bristol-Myers Squibb|British American Tobacco|Broadcom|ByteDance
Canon|Capgemini|Carlsberg|Carrefour|Caterpillar|Chevron|Cisco|Citigroup|Coca-Cola|Colgate-Palmolive|Comcast|Commerzbank|Continental|Credit Suisse|Crédit Agricole
Daimler|Danone|Danske Bank|Dell|Deloitte|Deutsche Bank|Deutsche Post|Deutsche Telekom|DHL|Diageo|Disney|DNB|DSM|DSV
E.ON|eBay|Electrolux|Enel|Eni|Engie|Equinor|Ericsson|EssilorLuxottica|ExxonMobil
Facebook|FedEx|Ferrari|Fiat|Ford|Fortum|Foxconn
Geely|General Electric|General Motors|Genmab|GlaxoSmithKline|GSK|Goldman Sachs|Google|Grundfos
H&M|Heineken|Henkel|Hermès|Hewlett Packard Enterprise|HP|Honda|Honeywell|HSBC|Huawei|Hyundai
Iberdrola|IBM|IKEA|Infosys|ING|Intel|Inditex|Intesa Sanpaolo|ISS
Johnson & Johnson|JPMorgan|JPMorgan Chase
Kering|Kone|KPMG|Kraft Heinz
Lego|LEGO|Lenovo|LG|LinkedIn|L'Oréal|Lufthansa|Lundbeck|LVMH
Maersk|A.P. Moller-Maersk|Mastercard|McDonald's|McKinsey|Mercedes-Benz|Merck|Meta|Michelin|Microsoft|Mitsubishi|Monsanto|Morgan Stanley|Motorola
Nestlé|Netflix|Nike|Nissan|Nokia|Nordea|Norsk Hydro|Novartis|Novo Nordisk|Novozymes|Nvidia
Oracle|Orange|Ørsted|Orsted
PayPal|PepsiCo|Pfizer|Philips|Porsche|Procter & Gamble|Prosus|PwC
Qualcomm
Rakuten|Randstad|Renault|Repsol|Rio Tinto|Roche|Rolls-Royce|Royal Dutch Shell
Saab|Safran|Salesforce|Samsung|Sandvik|Sanofi|SAP|Schneider Electric|Scania|Schibsted|SEB|Shell|Siemens|Skanska|SKF|Sony|Spotify|Statoil|Stellantis|Stora Enso|Swedbank
Tata|Tencent|Telenor|Telia|Tesla|Teva|Thales|ThyssenKrupp|T-Mobile|TotalEnergies|Total|Toyota|Twitter
Uber|UBS|Unilever|UniCredit|UPM
Vattenfall|Verizon|Vestas|Visa|Vivendi|Vodafone|Volkswagen|Volvo|Volvo Cars
Walmart|Wärtsilä|WhatsApp|Wolters Kluwer
Xiaomi
Yara
Zalando|Zeiss|Zurich
Deutsche Börse|London Stock Exchange|London Stock Exchange Group|Nasdaq|NYSE|New York Stock Exchange|Euronext|Intercontinental Exchange|CME Group|Hong Kong Exchanges and Clearing|Japan Exchange Group
Air Liquide|Linde|Bouygues|Holcim|Heidelberg Materials|Vinci|Saint-Gobain|Société Générale|Natixis|Royal Bank of Scotland|NatWest|Lloyds Banking Group|Standard Chartered|Santander|ING Group|Rabobank|ABN Amro
`;

export const knownCompanies: string[] = companies.split(/\n|\|/).map((name) => name.trim()).filter((name) => name.length > 0);
