// Legal-form suffixes that end a company name, as written (matched case-sensitively, dots optional where shown).
export const corporateSuffixes: string[] = [
  'A/S', 'ApS', 'I/S', 'K/S', 'P/S', 'AS', 'ASA', 'AB', 'AB (publ)', 'HB', 'KB', 'Oy', 'Oyj', 'hf', 'ehf',
  'N.V.', 'NV', 'B.V.', 'BV', 'C.V.', 'GmbH', 'AG', 'KG', 'KGaA', 'GmbH & Co. KG', 'SE', 'e.V.', 'mbH',
  'SA', 'S.A.', 'SAS', 'S.A.S.', 'SARL', 'S.à r.l.', 'SCA', 'S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.L.', 'SL',
  'Inc.', 'Inc', 'Incorporated', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'plc', 'Plc', 'PLC', 'LLC', 'L.L.C.', 'LLP', 'LP', 'L.P.', 'Pty', 'Pty Ltd', 'Holding', 'Holdings', 'Group', 'Gruppe', 'Groep', 'Groupe', 'Koncern', 'Konsern',
  'Stiftung', 'Stiftelse', 'Stiftelsen', 'Stichting', 'Foundation', 'Fondation', 'Fonden', 'Trust', 'Company',
  'KK', 'K.K.', 'Co., Ltd.', 'Bhd', 'Tbk', 'SAB de CV', 'S.A.B. de C.V.', 'NV/SA', 'Sp. z o.o.', 'a.s.', 's.r.o.',
];

/** Suffixes that are also ordinary words or too weak to make a company alone ('Group' after a common word). */
export const weakSuffixes: string[] = ['Group', 'Gruppe', 'Groep', 'Groupe', 'Holding', 'Holdings', 'Koncern', 'Konsern', 'Co.', 'Corporation', 'Limited', 'Incorporated', 'SE', 'AS', 'SA', 'SL', 'LP', 'Stiftung', 'Stiftelse', 'Stiftelsen', 'Stichting', 'Foundation', 'Fondation', 'Fonden', 'Trust', 'Company', 'International'];

/** Nouns that close many company names but stay part of them ('Northern Bank', 'British Airways'): never stripped. */
export const closingNouns: string[] = ['Bank', 'Banken', 'Airlines', 'Airways', 'Telecom', 'Energy', 'Pharma', 'Motors', 'Insurance', 'Capital', 'Partners', 'Entertainment', 'Technologies', 'Systems', 'Solutions', 'Pharmaceuticals', 'Semiconductors', 'Semiconductor', 'Materials', 'Foods', 'Brands', 'Communications', 'Networks', 'Therapeutics', 'Biosciences', 'Industries', 'Resources', 'Logistics', 'Electronics', 'Healthcare', 'Laboratories', 'Chemicals', 'Petroleum', 'Investments', 'Ventures', 'Management', 'Transport', 'Shipping', 'Media', 'Worldwide', 'Gaming', 'Breweries', 'Software', 'Services', 'Airline', 'Mining', 'Securities', 'Properties', 'Hotels', 'Studios', 'Robotics', 'Wines', 'Beverages', 'Restaurants', 'Stores', 'Brewing', 'Publishing', 'Aerospace', 'Automotive'];
