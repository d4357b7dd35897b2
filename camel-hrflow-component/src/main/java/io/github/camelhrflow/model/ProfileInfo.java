package io.github.camelhrflow.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Who the candidate of a profile is: names, contacts, location, links. Any of them may be {@code null}, the names
 * included (HrFlow's parser leaves them {@code null} when it cannot tell them apart).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ProfileInfo extends HrFlowObject {

    private String fullName;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String dateBirth;
    private String drivingLicense;
    private Location location;
    private List<ProfileUrl> urls;
    private String picture;
    private String gender;
    private String summary;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = track("full_name", fullName);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = track("first_name", firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = track("last_name", lastName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = track("email", email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = track("phone", phone);
    }

    /** The birth date as HrFlow wrote it (such as {@code 1990-08-09T00:00:00+0000}), or {@code null}. */
    public String getDateBirth() {
        return dateBirth;
    }

    public void setDateBirth(String dateBirth) {
        this.dateBirth = track("date_birth", dateBirth);
    }

    public String getDrivingLicense() {
        return drivingLicense;
    }

    public void setDrivingLicense(String drivingLicense) {
        this.drivingLicense = track("driving_license", drivingLicense);
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = track("location", location);
    }

    public List<ProfileUrl> getUrls() {
        return urls;
    }

    public void setUrls(List<ProfileUrl> urls) {
        this.urls = track("urls", urls);
    }

    /** A URL of the candidate's picture. */
    public String getPicture() {
        return picture;
    }

    public void setPicture(String picture) {
        this.picture = track("picture", picture);
    }

    /** {@code male}, {@code female} or {@code null}. */
    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = track("gender", gender);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = track("summary", summary);
    }

    /** The calendar date of {@link #getDateBirth()} as HrFlow wrote it, or {@code null}. */
    @JsonIgnore
    public LocalDate getDateBirthDate() {
        return dateBirth == null || dateBirth.isBlank() ? null : HrFlowTimestamps.parseLocal(dateBirth).toLocalDate();
    }
}
