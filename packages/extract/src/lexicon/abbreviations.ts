// Abbreviations whose final period does not end a sentence, for every language read (case as written).

/** Never end a sentence: titles, 'for example', 'approximately', 'number' and the like. */
export const abbreviations: readonly string[] = [
  // English
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Jr.', 'Sr.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Col.', 'Capt.',
  'No.', 'Nos.', 'vs.', 'approx.', 'e.g.', 'i.e.', 'cf.', 'U.S.', 'U.K.', 'E.U.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.',
  'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'est.', 'dept.', 'Dept.', 'Fig.', 'fig.',
  // Danish, Norwegian, Swedish
  'adm.', 'ca.', 'nr.', 'pr.', 'f.eks.', 'bl.a.', 'evt.', 'dvs.', 'mht.', 'iflg.', 'ifm.', 'inkl.', 'ekskl.', 'jf.', 'vedr.',
  'ang.', 'hhv.', 'o.l.', 'osv.', 'mv.', 'm.fl.', 'f.', 'tlf.', 'dir.', 'kl.', 'bl.', 'f.ex.', 't.ex.', 'bl.a', 'fr.o.m.', 'resp.',
  'jfr.', 'mnd.', 'ev.', 'pga.', 'p.g.a.', 'st.', 'ggr.', 'Chr.', 'Joh.',
  // German
  'z.B.', 'z. B.', 'bzw.', 'ggf.', 'usw.', 'u.a.', 'd.h.', 'vgl.', 'Nr.', 'Hr.', 'Fr.', 'ca.', 'inkl.', 'zzgl.', 'evtl.',
  'sog.', 'Abs.', 'Mio.', 'Mrd.', 'Tsd.', 'Bd.', 'Str.',
  // Dutch
  'dhr.', 'mevr.', 'mr.', 'drs.', 'ir.', 'ing.', 'bijv.', 'o.a.', 'd.w.z.', 'm.b.t.', 'i.p.v.', 'enz.', 'mln.', 'mld.', 'mrd.',
  // French, Spanish, Italian
  'M.', 'MM.', 'Mme.', 'Mmes.', 'env.', 'p.ex.', 'av.', 'apr.', 'Sr.', 'Sra.', 'Dña.', 'Sig.', 'Dott.', 'pag.',
];

/**
 * May end a sentence ('… for 2 mia. kr. The deal…'), so they hold a sentence together only when
 * the next word does not start with a capital: corporate suffixes and amounts.
 */
export const sentenceFinalAbbreviations: readonly string[] = [
  'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'plc.', 'Plc.', 'Ltda.', 'etc.', 'mio.', 'mia.', 'mrd.', 'kr.', 'bn.', 'mn.', 'Mill.',
];
