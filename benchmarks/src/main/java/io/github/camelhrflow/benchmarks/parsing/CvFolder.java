package io.github.camelhrflow.benchmarks.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A folder of small fictional CVs, every one different: plain text, and every tenth a one-page PDF (the sandbox does
 * not read PDFs, but the upload is a binary file as a real CV is).
 */
final class CvFolder {

    private static final String[] FIRST = { "Ada", "Bruno", "Chloé", "Dmitri", "Esther", "Farid", "Greta", "Hiro",
            "Inès", "Jonas", "Kemal", "Lena", "Malik", "Nora", "Oskar", "Priya" };
    private static final String[] LAST = { "Moreau", "Okafor", "Lindqvist", "Tanaka", "Rossi", "Novak", "Haddad",
            "Schmidt", "Alves", "Brennan", "Kowalski", "Mensah", "Varga" };
    private static final String[] TITLES = { "Backend Engineer", "Registered Nurse", "Warehouse Team Lead",
            "Product Designer", "Data Analyst", "Accountant", "Electrician", "Sales Manager" };
    private static final String[] SKILLS = { "Java", "SQL", "Kubernetes", "Patient care", "Forklift licence",
            "Figma", "Python", "Excel", "IFRS", "Negotiation", "Wiring", "Spanish" };

    private CvFolder() {
    }

    /** Writes {@code count} CVs into {@code dir} (created if needed) and gives their paths. */
    static List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = text(i);
            Path file;
            if (i % 10 == 9) {
                file = dir.resolve(String.format(Locale.ROOT, "cv-%04d.pdf", i));
                Files.write(file, pdf(text));
            } else {
                file = dir.resolve(String.format(Locale.ROOT, "cv-%04d.txt", i));
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            files.add(file);
        }
        return files;
    }

    /** The CV of person {@code i}: its number makes it unique. */
    static String text(int i) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length) % LAST.length];
        String title = TITLES[i % TITLES.length];
        return first + " " + last + " — " + title + "\n"
               + first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + i + "@example.org\n"
               + "+33 6 " + String.format(Locale.ROOT, "%02d %02d %02d %02d", i % 100, (i * 7) % 100, (i * 13) % 100,
                       (i * 31) % 100)
               + "\n\nExperience\n"
               + (2010 + i % 12) + "–present  " + title + ", Example Company " + (i % 37) + "\n"
               + (2005 + i % 5) + "–" + (2010 + i % 12) + "  Junior " + title + ", Sample Ltd\n\n"
               + "Skills: " + SKILLS[i % SKILLS.length] + ", " + SKILLS[(i + 5) % SKILLS.length] + "\n"
               + "Candidate number " + i + "\n";
    }

    /** A minimal one-page PDF 1.4 showing the text's lines in Helvetica, its cross-reference table computed. */
    static byte[] pdf(String text) {
        StringBuilder content = new StringBuilder("BT /F1 11 Tf 50 780 Td 14 TL\n");
        for (String line : text.split("\n")) {
            // the standard fonts are not Unicode: keep the printable ASCII of each line
            String ascii = line.replaceAll("[^\\x20-\\x7E]", "-").replace("\\", "\\\\").replace("(", "\\(")
                    .replace(")", "\\)");
            content.append('(').append(ascii).append(") Tj T*\n");
        }
        content.append("ET");
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                                                             + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(out, String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        write(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
