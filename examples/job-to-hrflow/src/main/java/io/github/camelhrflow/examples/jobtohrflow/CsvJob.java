package io.github.camelhrflow.examples.jobtohrflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.model.Location;
import io.github.camelhrflow.model.NamedValue;
import io.github.camelhrflow.model.RangeFloat;
import io.github.camelhrflow.model.Skill;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one row of the ATS export into the {@link Job} HrFlow should hold. The row's {@code reference} is the ATS's
 * own id: the upsert finds the HrFlow job by it, so the export can be replayed as often as needed.
 */
public class CsvJob implements Processor {

    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String LOCATION = "location";
    public static final String SALARY_MIN = "salary_min";
    public static final String SALARY_MAX = "salary_max";
    public static final String CURRENCY = "currency";
    /** Skills separated by {@code ;}: a CSV cell holds one value. */
    public static final String SKILLS = "skills";
    public static final String CONTRACT = "contract";

    /** The name of the salary range and of the contract tag in HrFlow. */
    public static final String SALARY_RANGE = "salary";
    public static final String CONTRACT_TAG = "contract";

    /** The exchange property holding the row's reference, for the log line of a row that fails. */
    public static final String ROW_REFERENCE = "jobToHrFlowReference";

    @Override
    public void process(Exchange exchange) throws Exception {
        CSVRecord row = exchange.getMessage().getMandatoryBody(CSVRecord.class);
        exchange.setProperty(ROW_REFERENCE, row.get(REFERENCE));
        exchange.getMessage().setBody(toJob(row));
    }

    /**
     * @throws IllegalArgumentException when a required cell is blank or a salary is not a number, naming the line
     */
    public static Job toJob(CSVRecord row) {
        Job job = new Job();
        job.setReference(required(row, REFERENCE));
        job.setName(required(row, TITLE));
        job.setSummary(optional(row, SUMMARY));

        String place = optional(row, LOCATION);
        if (place != null) {
            Location location = new Location();
            location.setText(place);
            job.setLocation(location);
        }

        String salaryMin = optional(row, SALARY_MIN);
        String salaryMax = optional(row, SALARY_MAX);
        if (salaryMin != null || salaryMax != null) {
            RangeFloat salary = new RangeFloat();
            salary.setName(SALARY_RANGE);
            salary.setValueMin(amount(row, SALARY_MIN, salaryMin));
            salary.setValueMax(amount(row, SALARY_MAX, salaryMax));
            salary.setUnit(optional(row, CURRENCY));
            job.setRangesFloat(List.of(salary));
        }

        List<Skill> skills = new ArrayList<>();
        String cell = optional(row, SKILLS);
        if (cell != null) {
            Arrays.stream(cell.split(";")).map(String::trim).filter(name -> !name.isEmpty()).forEach(name -> {
                Skill skill = new Skill();
                skill.setName(name);
                skill.setType("hard");
                skills.add(skill);
            });
        }
        job.setSkills(skills);

        String contract = optional(row, CONTRACT);
        if (contract != null) {
            NamedValue tag = new NamedValue();
            tag.setName(CONTRACT_TAG);
            tag.setValue(contract);
            job.setTags(List.of(tag));
        }
        return job;
    }

    private static String required(CSVRecord row, String column) {
        String value = optional(row, column);
        if (value == null) {
            throw new IllegalArgumentException("row " + row.getRecordNumber() + ": column "
                                               + column + " is empty");
        }
        return value;
    }

    private static String optional(CSVRecord row, String column) {
        String value = row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal amount(CSVRecord row, String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            // kept exactly as written: 52000 reaches HrFlow as 52000, not 52000.0
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row " + row.getRecordNumber() + ": " + column
                                               + " is not a number: " + value,
                    e);
        }
    }
}
