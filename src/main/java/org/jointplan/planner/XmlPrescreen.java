package org.jointplan.planner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jointplan.domain.ValidationException;

/**
 * Reads an XML file once, streaming, before anything else does: refuses a document type declaration (project files
 * never have one, and it is where external entities and entity-expansion bombs live: nothing is resolved, fetched or
 * expanded, since the parser supports no DTD and the first DTD event stops it), finds the root element, and counts
 * the tasks so that an enormous project is refused before MPXJ builds it in memory. MPXJ's own parser refuses
 * DOCTYPE too (UnmarshalHelper); this makes the rule ours and tested.
 */
final class XmlPrescreen {
    static final String DOCTYPE_REFUSED = "This file declares a document type, which project files never do, so it"
            + " was not read; save it again from its planner.";

    record Result(String root, String namespace, int tasks) {
    }

    private XmlPrescreen() {
    }

    /** A parser that supports no DTD and resolves no entity: the JDK's own, whatever else is on the class path. */
    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("External entities are not read.");
        });
        return factory;
    }

    static Result screen(Path file) {
        requireSize(file);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = safeFactory().createXMLStreamReader(in);
            String root = null;
            String namespace = "";
            int tasks = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ValidationException(DOCTYPE_REFUSED);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (root == null) {
                        root = name;
                        namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                    } else if (name.equals("Task") || name.equals("task")) {
                        tasks++;
                        requireTaskCount(tasks);
                    }
                }
            }
            return new Result(root == null ? "" : root, namespace, tasks);
        } catch (XMLStreamException e) {
            throw new ValidationException("This file is not well-formed XML (it may be incomplete or damaged), so"
                    + " nothing was imported; save it again from its planner.");
        } catch (IOException e) {
            throw new ValidationException("The file " + file.getFileName() + " could not be read; check that it"
                    + " exists and that you may open it.");
        }
    }

    static void requireSize(Path file) {
        try {
            if (Files.size(file) > PlannerLimits.MAX_BYTES) {
                throw new ValidationException("This file is larger than " + PlannerLimits.MAX_BYTES / (1024 * 1024)
                        + " MB, far more than a delivery plan holds, so it was not read.");
            }
        } catch (IOException e) {
            throw new ValidationException("The file " + file.getFileName() + " could not be read; check that it"
                    + " exists and that you may open it.");
        }
    }

    static void requireTaskCount(int tasks) {
        if (tasks > PlannerLimits.MAX_TASKS) {
            throw new ValidationException("This project has more than " + String.format("%,d",
                    PlannerLimits.MAX_TASKS) + " tasks, more than a plan can hold, so nothing was imported; import"
                    + " its parts as separate files.");
        }
    }
}
