package no.ankomst.reference;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reference data: municipalities and counties are public, so any signed-in user may read them. */
@Service
public class MunicipalityService {

    private final MunicipalityRepository repository;

    MunicipalityService(MunicipalityRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<Municipality> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public int countCounties() {
        return repository.countCounties();
    }
}
