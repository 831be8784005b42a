package io.tradehub.format.xml;

/**
 * Why an XML document was refused, where: the line and column (from 1, or 0 when unknown)
 * and what is wrong in words a partner can act on.
 */
public record XmlProblem(int line, int column, String message) {

	@Override
	public String toString() {
		return "line " + this.line + ", column " + this.column + ": " + this.message;
	}

}
