package org.jointplan.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text a reader selects and searches, in content order, leaving out artifacts (page headers and footers). */
public final class TaggedText extends PDFTextStripper {
    private int depth;
    private int artifactAt = -1;

    private TaggedText() {
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    /** The text with every run of white space as one space. */
    public static String of(PDDocument doc) throws IOException {
        return new TaggedText().getText(doc).replaceAll("\\s+", " ");
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        depth++;
        if (artifactAt < 0 && COSName.ARTIFACT.equals(tag)) {
            artifactAt = depth;
        }
    }

    @Override
    public void endMarkedContentSequence() {
        if (depth == artifactAt) {
            artifactAt = -1;
        }
        depth--;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (artifactAt < 0) {
            super.processTextPosition(text);
        }
    }
}
