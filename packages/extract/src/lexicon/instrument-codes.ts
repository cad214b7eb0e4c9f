// Reuters instrument codes, which news wires write after a company's name: 'Alstom ALSO.PA', 'Omnicom OMC.N'.

/** A Reuters instrument code: capitals (a lower-case class letter at most) and a stock exchange's code ('SIEGn.DE'). */
export const instrumentCodeAt = /^\p{Lu}[\p{Lu}\d]{0,5}\p{Ll}?\.(?:N|O|OQ|K|A|P|L|PA|DE|F|AS|BR|MI|MC|ST|CO|OL|HE|S|SW|VX|T|HK|TO|AX|SS|SZ|KS|LS|VI|WA|I)(?![\p{L}\d.])/u;
