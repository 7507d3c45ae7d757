package nl.tztcheck.batch;

import java.nio.file.Path;
import nl.tztcheck.i18n.Language;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of a check run. Together they identify the run: the same export (by content),
 * profiles, costs and output directory make the same job instance, so a failed run restarts where
 * it stopped and a finished one is recognised. {@code force} makes a new instance on purpose. The
 * language is part of the identity too: the outputs are written in it, so checking a Dutch-checked
 * export again in English is a new run, not "already checked". So is the Wlz mapping ({@code
 * --wlz-map}, AW319 only): it decides which lines are WLZ_CLIENT. So is the device list ({@code
 * --devices}): it adds COST_GAP findings.
 */
public record CheckJobParameters(
        Path claims,
        String claimsSha256,
        Path profiles,
        String profilesFingerprint,
        Path costs,
        String costsSha256,
        Path out,
        String force,
        Path technologyMap,
        String technologyMapSha256,
        Language language,
        Path wlzMap,
        String wlzMapSha256,
        Path devices,
        String devicesSha256) {

    public CheckJobParameters {
        language = language == null ? Language.NL : language;
    }

    /** No device list. */
    public CheckJobParameters(
            Path claims,
            String claimsSha256,
            Path profiles,
            String profilesFingerprint,
            Path costs,
            String costsSha256,
            Path out,
            String force,
            Path technologyMap,
            String technologyMapSha256,
            Language language,
            Path wlzMap,
            String wlzMapSha256) {
        this(
                claims,
                claimsSha256,
                profiles,
                profilesFingerprint,
                costs,
                costsSha256,
                out,
                force,
                technologyMap,
                technologyMapSha256,
                language,
                wlzMap,
                wlzMapSha256,
                null,
                null);
    }

    /** No Wlz mapping. */
    public CheckJobParameters(
            Path claims,
            String claimsSha256,
            Path profiles,
            String profilesFingerprint,
            Path costs,
            String costsSha256,
            Path out,
            String force,
            Path technologyMap,
            String technologyMapSha256,
            Language language) {
        this(
                claims,
                claimsSha256,
                profiles,
                profilesFingerprint,
                costs,
                costsSha256,
                out,
                force,
                technologyMap,
                technologyMapSha256,
                language,
                null,
                null);
    }

    /** Dutch. */
    public CheckJobParameters(
            Path claims,
            String claimsSha256,
            Path profiles,
            String profilesFingerprint,
            Path costs,
            String costsSha256,
            Path out,
            String force,
            Path technologyMap,
            String technologyMapSha256) {
        this(
                claims,
                claimsSha256,
                profiles,
                profilesFingerprint,
                costs,
                costsSha256,
                out,
                force,
                technologyMap,
                technologyMapSha256,
                Language.NL);
    }

    /** Dutch, no technology mapping. */
    public CheckJobParameters(
            Path claims,
            String claimsSha256,
            Path profiles,
            String profilesFingerprint,
            Path costs,
            String costsSha256,
            Path out,
            String force) {
        this(
                claims,
                claimsSha256,
                profiles,
                profilesFingerprint,
                costs,
                costsSha256,
                out,
                force,
                null,
                null);
    }

    /**
     * A new run of the same input ({@code --force}, or after {@code --abandon}): {@code force}
     * makes it a new job instance.
     */
    public CheckJobParameters withForce(String forced) {
        return new CheckJobParameters(
                claims,
                claimsSha256,
                profiles,
                profilesFingerprint,
                costs,
                costsSha256,
                out,
                forced,
                technologyMap,
                technologyMapSha256,
                language,
                wlzMap,
                wlzMapSha256,
                devices,
                devicesSha256);
    }

    /** The same run in another language. */
    public CheckJobParameters withLanguage(Language other) {
        return new CheckJobParameters(
                claims,
                claimsSha256,
                profiles,
                profilesFingerprint,
                costs,
                costsSha256,
                out,
                force,
                technologyMap,
                technologyMapSha256,
                other,
                wlzMap,
                wlzMapSha256,
                devices,
                devicesSha256);
    }

    public static final String CLAIMS = "claims";
    public static final String CLAIMS_SHA256 = "claims.sha256";
    public static final String PROFILES = "profiles";
    public static final String PROFILES_FINGERPRINT = "profiles.fingerprint";
    public static final String COSTS = "costs";
    public static final String COSTS_SHA256 = "costs.sha256";
    public static final String OUT = "out";
    public static final String FORCE = "force";
    public static final String TECHNOLOGY_MAP = "technology.map";
    public static final String TECHNOLOGY_MAP_SHA256 = "technology.map.sha256";
    public static final String WLZ_MAP = "wlz.map";
    public static final String WLZ_MAP_SHA256 = "wlz.map.sha256";
    public static final String DEVICES = "devices";
    public static final String DEVICES_SHA256 = "devices.sha256";

    /**
     * The language of the findings' messages and the reports: "nl" (default) or "en". Part of the
     * run's identity.
     */
    public static final String LANG = "lang";

    /**
     * The run's language; runs started before languages existed, or without the parameter, are
     * Dutch.
     */
    public static Language language(JobParameters p) {
        String code = p.getString(LANG);
        return code == null ? Language.NL : Language.parse(code);
    }

    public static CheckJobParameters from(JobParameters p) {
        return new CheckJobParameters(
                Path.of(p.getString(CLAIMS)),
                p.getString(CLAIMS_SHA256),
                Path.of(p.getString(PROFILES)),
                p.getString(PROFILES_FINGERPRINT),
                Path.of(p.getString(COSTS)),
                p.getString(COSTS_SHA256),
                Path.of(p.getString(OUT)),
                p.getString(FORCE),
                p.getString(TECHNOLOGY_MAP) == null ? null : Path.of(p.getString(TECHNOLOGY_MAP)),
                p.getString(TECHNOLOGY_MAP_SHA256),
                language(p),
                p.getString(WLZ_MAP) == null ? null : Path.of(p.getString(WLZ_MAP)),
                p.getString(WLZ_MAP_SHA256),
                p.getString(DEVICES) == null ? null : Path.of(p.getString(DEVICES)),
                p.getString(DEVICES_SHA256));
    }

    /**
     * The device list ({@code --devices}), validated against the profiles' UZOVI codes; {@link
     * DeviceList#NONE} without one.
     */
    public nl.tztcheck.claims.DeviceList deviceList(nl.tztcheck.profiles.ProfileSet profileSet) {
        try {
            return devices == null
                    ? nl.tztcheck.claims.DeviceList.NONE
                    : nl.tztcheck.claims.DeviceList.load(
                            devices, u -> profileSet.insurerFor(u).isPresent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The clients' Wlz indications for AW319 exports ({@code --wlz-map}), or none. */
    public nl.tztcheck.claims.aw319.WlzMapping wlzMapping() {
        try {
            return wlzMap == null
                    ? nl.tztcheck.claims.aw319.WlzMapping.NONE
                    : nl.tztcheck.claims.aw319.WlzMapping.load(wlzMap);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The client -> technology mapping for AW319 exports, or none. */
    public nl.tztcheck.claims.aw319.TechnologyMapping mapping() {
        try {
            return technologyMap == null
                    ? nl.tztcheck.claims.aw319.TechnologyMapping.NONE
                    : nl.tztcheck.claims.aw319.TechnologyMapping.load(technologyMap);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder b =
                new JobParametersBuilder()
                        .addString(CLAIMS, claims.toString())
                        .addString(CLAIMS_SHA256, claimsSha256)
                        .addString(PROFILES, profiles.toString())
                        .addString(PROFILES_FINGERPRINT, profilesFingerprint)
                        .addString(COSTS, costs.toString())
                        .addString(COSTS_SHA256, costsSha256)
                        .addString(OUT, out.toString())
                        .addString(LANG, language.code());
        if (force != null) {
            b.addString(FORCE, force);
        }
        if (technologyMap != null) {
            b.addString(TECHNOLOGY_MAP, technologyMap.toString())
                    .addString(TECHNOLOGY_MAP_SHA256, technologyMapSha256);
        }
        if (wlzMap != null) {
            b.addString(WLZ_MAP, wlzMap.toString()).addString(WLZ_MAP_SHA256, wlzMapSha256);
        }
        if (devices != null) {
            b.addString(DEVICES, devices.toString()).addString(DEVICES_SHA256, devicesSha256);
        }
        return b.toJobParameters();
    }
}
