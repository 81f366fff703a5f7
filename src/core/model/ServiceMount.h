#pragma once

#include <QString>

namespace Leitstand {

// One entry of a service's volumes, in the long form: type volume, bind, tmpfs, npipe or cluster.
struct ServiceMount
{
    QString type;
    QString source; // volume name or host path; empty for anonymous volumes and tmpfs
    QString target;
    bool readOnly = false;

    friend bool operator==(const ServiceMount &, const ServiceMount &) = default;
};

} // namespace Leitstand
