package vn.sochibo.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks at an upload before any spreadsheet parser does. An .xlsx is a zip of XML parts:
 * the first bytes must be a zip's (an encrypted workbook or an Excel 97–2003 file is an
 * OLE2 container, a program starts with "MZ", a CSV is text), the parts must include
 * {@code xl/workbook.xml}, and inflating every part must stay within
 * {@value #MAX_INFLATED} bytes and {@value #MAX_RATIO} times the file's size (a zip bomb
 * inflates far beyond). While inflating, the first worksheet's rows are counted (the
 * progress bar's total and the row limit, before reading a cell) and its merged ranges
 * found.
 */
final class XlsxGuard {

	/** The largest upload accepted. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final long MAX_INFLATED = 400L * 1024 * 1024;

	static final int MAX_RATIO = 150;

	static final int MAX_ENTRIES = 5_000;

	private static final Pattern MERGE_REF = Pattern.compile("ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"");

	private static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

	private XlsxGuard() {
	}

	/**
	 * What the file holds, when it is an .xlsx that may be read.
	 * @throws ImportFileException naming why it may not
	 */
	static Inspection inspect(byte[] bytes) throws ImportFileException {
		precheck(bytes);
		boolean workbook = false;
		int entries = 0;
		long inflated = 0;
		int rows = 0;
		String merged = null;
		long limit = Math.min(MAX_INFLATED, (long) bytes.length * MAX_RATIO);
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			Enumeration<ZipArchiveEntry> all = zip.getEntries();
			while (all.hasMoreElements()) {
				ZipArchiveEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES) {
					throw new ImportFileException("zipBomb");
				}
				String name = entry.getName();
				workbook |= name.equals("xl/workbook.xml");
				boolean firstSheet = name.equals(FIRST_SHEET);
				TagScanner scanner = firstSheet ? new TagScanner() : null;
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						inflated += read;
						if (inflated > limit) {
							throw new ImportFileException("zipBomb");
						}
						if (scanner != null) {
							scanner.scan(buffer, read);
						}
					}
				}
				if (scanner != null) {
					rows = scanner.rows;
					merged = scanner.merged;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException("corrupt");
		}
		if (entries == 0) {
			throw new ImportFileException("corrupt");
		}
		if (!workbook) {
			throw new ImportFileException("notXlsx");
		}
		if (merged != null) {
			throw new ImportFileException("mergedCells", merged);
		}
		return new Inspection(rows);
	}

	/**
	 * What can be told from the size and the first bytes alone, at the upload: empty, too
	 * large, encrypted or Excel 97–2003, text, anything else that is not a zip.
	 */
	static void precheck(byte[] bytes) throws ImportFileException {
		if (bytes.length == 0) {
			throw new ImportFileException("empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new ImportFileException("tooLarge");
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			throw new ImportFileException("encryptedOrXls");
		}
		if (!startsWith(bytes, 'P', 'K', 3, 4)) {
			throw new ImportFileException(looksLikeText(bytes) ? "text" : "notXlsx");
		}
	}

	/**
	 * Counts the row elements of a worksheet's XML and finds its first merged range, over
	 * the inflated bytes as they come (a tag may span two buffers): each element's name
	 * is read from the bytes after "&lt;", a namespace prefix ("x:row") apart.
	 */
	private static final class TagScanner {

		private final StringBuilder tag = new StringBuilder();

		private final StringBuilder mergeTag = new StringBuilder();

		private boolean inName;

		private boolean inMerge;

		private int rows;

		private String merged;

		void scan(byte[] bytes, int length) {
			for (int i = 0; i < length; i++) {
				char c = (char) (bytes[i] & 0xFF);
				if (this.inMerge) {
					if (c == '>') {
						this.inMerge = false;
						Matcher ref = MERGE_REF.matcher(this.mergeTag);
						if (this.merged == null && ref.find()) {
							this.merged = ref.group(1);
						}
						this.mergeTag.setLength(0);
					}
					else if (this.mergeTag.length() < 200) {
						this.mergeTag.append(c);
					}
				}
				else if (c == '<') {
					this.inName = true;
					this.tag.setLength(0);
				}
				else if (this.inName) {
					if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
						this.inName = false;
						String name = localName(this.tag);
						if (name.equals("row")) {
							this.rows++;
						}
						else if (name.equals("mergeCell") && c != '>') {
							this.inMerge = true;
						}
					}
					else if (this.tag.length() < 40) {
						this.tag.append(c);
					}
				}
			}
		}

		private static String localName(CharSequence name) {
			String text = name.toString();
			int colon = text.indexOf(':');
			return (colon >= 0) ? text.substring(colon + 1) : text;
		}

	}

	private static boolean startsWith(byte[] bytes, int... magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((bytes[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** Printable UTF-8 (a CSV or a text file saved as .xlsx) in the first kilobyte. */
	private static boolean looksLikeText(byte[] bytes) {
		int length = Math.min(bytes.length, 1024);
		for (int i = 0; i < length; i++) {
			int b = bytes[i] & 0xFF;
			if (b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param rows the rows the first worksheet holds (the header included; empty rows a
	 * program wrote included)
	 */
	record Inspection(int rows) {
	}

}
