// Capitalised things that are never companies: products, platforms, events, technologies and generic acronyms.
export const productNames: string[] = [
  'iPhone', 'iPad', 'iPod', 'Mac', 'MacBook', 'iOS', 'Android', 'Windows', 'Office', 'Excel', 'Outlook', 'Xbox', 'PlayStation', 'Galaxy', 'Pixel', 'Kindle', 'Alexa', 'Siri', 'ChatGPT', 'Gmail', 'Chrome', 'Firefox', 'Linux', 'Bluetooth', 'Wi-Fi', 'WiFi', 'Lumia', 'Surface', 'Prius', 'Golf', 'Model', 'Boeing 737',
];

/** Words that make a capitalised run an event, a programme or a place rather than a company. */
export const eventWords: string[] = [
  'Day', 'Days', 'Summit', 'Conference', 'Konference', 'Konferenz', 'Congress', 'Kongres', 'Award', 'Awards', 'Prize', 'Cup', 'Open', 'Week', 'Forum', 'Expo', 'Festival', 'Briefing', 'Webinar', 'Arena', 'Stadium', 'Stadion', 'Street', 'Avenue', 'Road', 'Square', 'River', 'Lake', 'Mountain', 'University', 'Universitet', 'Universität', 'Université', 'Universiteit', 'School', 'Hospital', 'Ministry', 'Ministeriet', 'Parliament', 'Folketinget', 'Commission', 'Kommission', 'Kommissionen', 'Manager', 'Director', 'Engineer', 'Architect', 'Consultant', 'Expert', 'Specialist', 'Officer', 'Partner', 'Lead', 'Developer',
];

/** Technologies that close a company's name after it: 'Pannon GSM', 'Viasat TV', 'Atea IT'. */
export const nameClosingAcronyms: string[] = ['GSM', 'TV', 'IT', 'ICT', 'LTE'];

/** Acronyms that are common words, units or technologies, not companies. */
export const genericAcronyms: string[] = [
  // Stock market indices ('C25 steg', 'the DAX rose'): Nasdaq and Nikkei also name companies and stay out.
  'DAX', 'MDAX', 'SDAX', 'TECDAX', 'AEX', 'AMX', 'OBX', 'OMXS30', 'OMXC25', 'OMXC20', 'C25', 'C20', 'SMI', 'IBEX', 'BEL20', 'STOXX',
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'VD', 'PDG', 'IT', 'AI', 'KI', 'IoT', 'IOT', 'VR', 'AR', 'TV', 'PC', 'GPS', 'CRM', 'ERP', 'HR', 'PR', 'EU', 'EF', 'UN', 'FN', 'USA', 'UK', 'US', 'NATO', 'OECD', 'IMF', 'ECB', 'EUR', 'DKK', 'SEK', 'NOK', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'B2B', 'B2C', 'SaaS', 'API', 'APP', 'APPS', 'CO2', 'GDP', 'BNP', 'DNA', 'FTTx', 'EA', 'ML', 'IPO', 'M&A', 'OPA', 'OPE', 'OPAS', 'LBO', 'MBO', 'SPAC', 'PE', 'VC', 'Q1', 'Q2', 'Q3', 'Q4', 'PS', 'NB', 'OK', 'MW', 'GW', 'KWH', 'PDF', 'FAQ', 'LED', 'SMS', 'GSM', 'LTE', '5G', '4G', '3G', 'ICT', 'SME', 'SMEs', 'SMV', 'MKB', 'KMU', 'PME', 'PMI', 'ETI', 'ESG', 'EBIT', 'EBITDA', 'ADR', 'CET', 'UTC', 'GAAP', 'IFRS',
];

/** Accounting terms capitalised in headlines or in German, never a company: what a write-down is booked on. */
export const accountingTerms: string[] = [
  'Goodwill', 'Firmenwert', 'Firmenwerte', 'Geschäftswert', 'Geschäftswerte', 'Buchwert', 'Wertberichtigung', 'Impairment', 'EBITDA', 'EBIT', 'Ebitda', 'Ebit', 'Cashflow', 'Free Cashflow',
];
