package io.tradehub.test;

/**
 * The EANCOM D96A ORDERS the benchmarks and the scale-out tests send: one order of about
 * 2 KB, fourteen lines with descriptions and prices, numbered {@code PO-<reference>}.
 */
public final class TestOrders {

	private TestOrders() {
	}

	public static String eancom(String buyerGln, String sellerGln, String reference) {
		StringBuilder lines = new StringBuilder();
		for (int line = 1; line <= 14; line++) {
			lines.append("LIN+")
				.append(line)
				.append("++4000862141404:EN'\nIMD+F++:::Alpine mountain cheese, matured twelve months, 250 g'\n")
				.append("QTY+21:48'\nPRI+AAA:3.45'\n");
		}
		return "UNA:+.? '\nUNB+UNOC:3+" + buyerGln + ":14+" + sellerGln + ":14+261123:1330+" + reference
				+ "'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+PO-" + reference + "+9'\nDTM+137:20261123:102'\nNAD+BY+"
				+ buyerGln + "::9'\nNAD+SU+" + sellerGln + "::9'\nCUX+2:EUR:9'\n" + lines + "UNS+S'\nCNT+2:14'\nUNT+"
				+ (9 + 14 * 4) + "+1'\nUNZ+1+" + reference + "'\n";
	}

}
