/** Every GraphQL type that implements Node: one per graph label, with the label as its name. */
export { AIApplication } from '../features/profile/ai-application.type';
export { CareerRole, UpskillingPath } from '../features/profile/career-role.type';
export { Certification, Issuer } from '../features/profile/certification.type';
export { EducationLevel, EducationStep } from '../features/profile/education.type';
export { Occupation } from '../features/profile/occupation.type';
export { Outlook } from '../features/profile/outlook.type';
export { SalaryBand } from '../features/profile/salary-band.type';
export { DataSource, GrowthArea, JobZone, Trait } from '../features/profile/simple.type';
export { Skill } from '../features/profile/skill.type';
export { Task } from '../features/profile/task.type';
export { LaborCertification, Visa } from '../features/profile/visa.type';
export { Interest } from '../features/profile/interest.type';
export { ExperienceLevel, TrainingLevel } from '../features/profile/preparation.type';
export { WageStatistic } from '../features/profile/wage.type';
export { AIExposureScore } from '../features/profile/ai-exposure.type';
