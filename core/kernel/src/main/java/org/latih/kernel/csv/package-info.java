/**
 * Writing CSV files for spreadsheets: the one writer every export uses, so every file has the same
 * dialect rules (semicolon for Indonesian readers, comma for English ones), the same byte order
 * mark and the same guard against cells a spreadsheet would run as formulas.
 */
package org.latih.kernel.csv;
